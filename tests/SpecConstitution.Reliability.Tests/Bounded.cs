namespace SpecConstitution.Reliability.Tests;

/// <summary>
/// Runs a piece of work on its own thread and fails the test when it does not end in time: a hang under test must fail
/// fast, not hang CI. The abandoned thread is a background thread and dies with the test process.
/// </summary>
internal static class Bounded
{
    public static T Run<T>(Func<T> work, TimeSpan limit)
    {
        T result = default!;
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                result = work();
            }
            catch (Exception ex)
            {
                failure = ex;
            }
        }, maxStackSize: 16 * 1024 * 1024) { IsBackground = true };
        thread.Start();
        Assert.True(thread.Join(limit), $"did not finish within {limit.TotalSeconds:0.#} s");
        if (failure != null)
        {
            throw new Xunit.Sdk.XunitException("threw " + failure);
        }

        return result;
    }
}
