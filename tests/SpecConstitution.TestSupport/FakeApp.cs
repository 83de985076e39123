using System.Net;
using System.Net.Sockets;
using System.Text;

namespace SpecConstitution.TestSupport;

/// <summary>A real HTTP server on 127.0.0.1 standing for the deployed app: every request gets <see cref="Status"/>.</summary>
public sealed class FakeApp : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private int _requests;

    public FakeApp(int status)
    {
        Status = status;
        _listener.Start();
        Url = $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/health";
        _loop = Task.Run(Loop);
    }

    public int Status { get; set; }

    /// <summary>Served as JSON with a 200 (a live manifest) when set; otherwise a short text.</summary>
    public string? Body { get; set; }

    /// <summary>Sent as Location with <see cref="Status"/> (a redirect) when set.</summary>
    public string? Location { get; set; }

    public string Url { get; }

    public int Requests => Volatile.Read(ref _requests);

    /// <summary>Headers seen, to check that no DeployHQ credential reaches the app.</summary>
    public List<string> Authorizations { get; } = [];

    private async Task Loop()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException || ex is SocketException || ex is ObjectDisposedException)
            {
                return;
            }

            using (client)
            {
                try
                {
                    using var reader = new StreamReader(client.GetStream(), Encoding.ASCII, false, 1024, leaveOpen: true);
                    string? line;
                    while (!string.IsNullOrEmpty(line = await reader.ReadLineAsync()))
                    {
                        if (line.StartsWith("Authorization:", StringComparison.OrdinalIgnoreCase))
                        {
                            lock (Authorizations)
                            {
                                Authorizations.Add(line);
                            }
                        }
                    }

                    Interlocked.Increment(ref _requests);
                    byte[] body = Encoding.UTF8.GetBytes(Body ?? (Status == 200 ? "Healthy" : "Service Unavailable"));
                    string head = $"HTTP/1.1 {Status} {(Status == 200 ? "OK" : "Status")}\r\nContent-Type: {(Body != null ? "application/json" : "text/plain")}\r\nContent-Length: {body.Length}\r\n"
                        + (Location != null ? $"Location: {Location}\r\n" : string.Empty) + "Connection: close\r\n\r\n";
                    await client.GetStream().WriteAsync(Encoding.ASCII.GetBytes(head));
                    await client.GetStream().WriteAsync(body);
                }
                catch (IOException)
                {
                }
            }
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
        }
    }
}
