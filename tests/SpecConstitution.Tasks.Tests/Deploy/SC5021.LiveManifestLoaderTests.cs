using System.Net;
using System.Net.Sockets;
using System.Text;
using SpecConstitution.Tasks.Deploy;

namespace SpecConstitution.Tasks.Tests.Deploy;

/// <summary>The live manifest over HTTP from a real server on 127.0.0.1: read, bounded, never redirected elsewhere, no credential sent.</summary>
public sealed class LiveManifestLoaderTests
{
    private const string Manifest = """{"_type":"https://in-toto.io/Statement/v1","predicate":{"source":{"commit":"abc"},"endpoints":[]}}""";

    [Fact]
    public async Task Reads_a_manifest_from_a_loopback_URL_and_sends_no_credential()
    {
        await using var server = new OneShotServer(_ => Answer("200 OK", Manifest));

        var manifest = LiveManifestLoader.Load(server.Url + "live/spec-manifest.json", TimeSpan.FromSeconds(10), out string? problem);

        Assert.Null(problem);
        Assert.Equal("abc", manifest!["predicate"]!["source"]!["commit"]!.AsString());
        string request = server.Requests.Single();
        Assert.StartsWith("GET /live/spec-manifest.json HTTP/1.1", request);
        Assert.DoesNotContain("Authorization", request, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_redirect_to_another_host_is_not_followed()
    {
        await using var server = new OneShotServer(_ => "HTTP/1.1 302 Found\r\nLocation: http://127.0.0.2:1/m.json\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");

        Assert.Null(LiveManifestLoader.Load(server.Url + "m.json", TimeSpan.FromSeconds(10), out string? problem));

        Assert.Contains("only redirects to the same scheme, host and port are followed", problem);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task An_answer_over_the_bound_a_server_that_never_answers_and_an_error_status_are_reasons()
    {
        await using (var big = new OneShotServer(_ => "HTTP/1.1 200 OK\r\nContent-Length: " + (LiveManifestLoader.MaxBytes + 1) + "\r\nConnection: close\r\n\r\n"))
        {
            Assert.Null(LiveManifestLoader.Load(big.Url, TimeSpan.FromSeconds(10), out string? problem));
            Assert.Contains("larger than 16 MiB", problem);
        }

        await using (var silent = new OneShotServer(_ => null))
        {
            Assert.Null(LiveManifestLoader.Load(silent.Url, TimeSpan.FromMilliseconds(300), out string? problem));
            Assert.Contains("no complete answer", problem);
        }

        await using (var missing = new OneShotServer(_ => Answer("404 Not Found", "{}")))
        {
            Assert.Null(LiveManifestLoader.Load(missing.Url, TimeSpan.FromSeconds(10), out string? problem));
            Assert.Contains("HTTP 404", problem);
        }
    }

    [Fact]
    public void Plain_http_to_another_host_and_a_URL_with_a_password_are_refused_without_a_request()
    {
        Assert.Null(LiveManifestLoader.Load("http://example.com/m.json", TimeSpan.FromSeconds(1), out string? plain));
        Assert.Contains("plain http", plain);
        Assert.Null(LiveManifestLoader.Load("https://user:secret@example.com/m.json", TimeSpan.FromSeconds(1), out string? password));
        Assert.Contains("no credential is sent", password);
    }

    private static string Answer(string status, string body) =>
        $"HTTP/1.1 {status}\r\nContent-Type: application/json\r\nContent-Length: {Encoding.UTF8.GetByteCount(body)}\r\nConnection: close\r\n\r\n{body}";

    /// <summary>A raw HTTP/1.1 server on 127.0.0.1 that records each request's head and answers with the given text (null: never answers).</summary>
    private sealed class OneShotServer : IAsyncDisposable
    {
        private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
        private readonly CancellationTokenSource _stop = new();
        private readonly Task _loop;

        public OneShotServer(Func<string, string?> answer)
        {
            _listener.Start();
            Url = $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/";
            _loop = Task.Run(async () =>
            {
                while (!_stop.IsCancellationRequested)
                {
                    using TcpClient client = await _listener.AcceptTcpClientAsync(_stop.Token);
                    NetworkStream stream = client.GetStream();
                    var head = new StringBuilder();
                    var buffer = new byte[4096];
                    while (!head.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
                    {
                        int read = await stream.ReadAsync(buffer, _stop.Token);
                        if (read == 0)
                        {
                            break;
                        }

                        head.Append(Encoding.ASCII.GetString(buffer, 0, read));
                    }

                    lock (Requests)
                    {
                        Requests.Add(head.ToString());
                    }

                    string? text = answer(head.ToString());
                    if (text == null)
                    {
                        await Task.Delay(Timeout.Infinite, _stop.Token);
                    }

                    await stream.WriteAsync(Encoding.UTF8.GetBytes(text!), _stop.Token);
                }
            });
        }

        public string Url { get; }

        public List<string> Requests { get; } = [];

        public async ValueTask DisposeAsync()
        {
            _stop.Cancel();
            _listener.Stop();
            try
            {
                await _loop;
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
            {
            }
        }
    }
}
