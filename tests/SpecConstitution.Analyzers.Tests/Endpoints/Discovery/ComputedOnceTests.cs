using SpecConstitution.Analyzers.Endpoints.Discovery;
using SpecConstitution.Analyzers.Tests.Endpoints.Rules;

namespace SpecConstitution.Analyzers.Tests.Endpoints.Discovery;

public class ComputedOnceTests
{
    [Fact]
    public void Computes_once_for_every_caller()
    {
        int computations = 0;
        var value = new ComputedOnce<object>(_ => { Interlocked.Increment(ref computations); Thread.Sleep(20); return new object(); });

        object[] seen = Enumerable.Range(0, 8).AsParallel().Select(_ => value.Get(CancellationToken.None)).ToArray();

        Assert.Equal(1, computations);
        Assert.All(seen, v => Assert.Same(seen[0], v));
    }

    [Fact]
    public void A_cancelled_computation_is_not_kept_for_the_next_caller()
    {
        // The endpoint analyzers share these values and each has its own token: one's cancellation is not another's answer.
        var value = new ComputedOnce<string>(token => { token.ThrowIfCancellationRequested(); return "computed"; });

        Assert.Throws<OperationCanceledException>(() => value.Get(new CancellationToken(canceled: true)));
        Assert.Equal("computed", value.Get(CancellationToken.None));
    }
}
