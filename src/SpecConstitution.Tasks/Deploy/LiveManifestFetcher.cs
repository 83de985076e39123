using System;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using SpecConstitution.Infrastructure.Files;

namespace SpecConstitution.Tasks.Deploy
{
    /// <summary>
    /// Reads another system's live deploy manifest: https only (http only for a loopback host), bounded size and time,
    /// redirects followed only on the same scheme, host and port, and no credential of ours sent; a path is read as a file.
    /// </summary>
    internal sealed class LiveManifestFetcher : IDisposable
    {
        public const int MaxBytes = 4 * 1024 * 1024;
        private const int MaxRedirects = 3;
        private readonly HttpClient _client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false, UseDefaultCredentials = false }) { Timeout = Timeout.InfiniteTimeSpan };
        private readonly TimeSpan _timeout;

        public LiveManifestFetcher(TimeSpan timeout)
        {
            _timeout = timeout;
            // The whole body is read under the same deadline, and never more than the limit is buffered.
            _client.MaxResponseContentBufferSize = MaxBytes;
        }

        /// <param name="baseDirectory">Where a relative path is resolved from (the rules file's folder).</param>
        public bool TryFetch(string source, string baseDirectory, out string text, out string sha256, out string problem)
        {
            text = sha256 = problem = string.Empty;
            byte[]? bytes = source.Contains("://") ? Download(source, out problem) : ReadFile(Path.Combine(baseDirectory, source), out problem);
            if (bytes == null)
            {
                return false;
            }

            using (SHA256 sha = SHA256.Create())
            {
                sha256 = string.Concat(sha.ComputeHash(bytes).Select(b => b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture)));
            }

            text = new UTF8Encoding(false).GetString(bytes);
            return true;
        }

        private static byte[]? ReadFile(string path, out string problem)
        {
            if (!File.Exists(path))
            {
                problem = "no file at " + Path.GetFullPath(path);
                return null;
            }

            if (!FileProbe.TryOpenRegular(path, out FileStream? stream, out problem))
            {
                return null;
            }

            using (stream)
            {
                return ReadBounded(stream!, out problem);
            }
        }

        private byte[]? Download(string url, out string problem)
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out Uri? uri) || (uri.Scheme != Uri.UriSchemeHttps && !(uri.Scheme == Uri.UriSchemeHttp && TriggerDeployHQ.IsLoopback(uri))))
            {
                problem = $"'{url}' is not an https URL (plain http only for a loopback host)";
                return null;
            }

            using var cancel = new CancellationTokenSource(_timeout);
            try
            {
                for (int redirects = 0; ; redirects++)
                {
                    using var request = new HttpRequestMessage(HttpMethod.Get, uri);
                    request.Headers.Accept.ParseAdd("application/json");
                    using HttpResponseMessage response = _client.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancel.Token).GetAwaiter().GetResult();
                    int status = (int)response.StatusCode;
                    if (status >= 300 && status < 400 && response.Headers.Location is Uri location)
                    {
                        Uri next = location.IsAbsoluteUri ? location : new Uri(uri, location);
                        if (next.Scheme != uri.Scheme || !string.Equals(next.Host, uri.Host, StringComparison.OrdinalIgnoreCase) || next.Port != uri.Port)
                        {
                            problem = $"HTTP {status} redirect to {next.Scheme}://{next.Authority}{next.AbsolutePath}, another host; not followed";
                            return null;
                        }

                        if (redirects >= MaxRedirects)
                        {
                            problem = $"more than {MaxRedirects} redirects";
                            return null;
                        }

                        uri = next;
                        continue;
                    }

                    if (status < 200 || status >= 300)
                    {
                        problem = $"HTTP {status} from {uri.GetLeftPart(UriPartial.Path)}";
                        return null;
                    }

                    problem = string.Empty;
                    return response.Content.ReadAsByteArrayAsync().GetAwaiter().GetResult();
                }
            }
            catch (OperationCanceledException)
            {
                problem = $"no complete answer within {_timeout.TotalSeconds:0.###} s";
                return null;
            }
            catch (Exception ex) when (ex is HttpRequestException || ex is IOException)
            {
                // Over the buffer limit is an HttpRequestException too ("Cannot write more bytes to the buffer…").
                problem = "no usable answer: " + (ex.InnerException?.Message ?? ex.Message);
                return null;
            }
        }

        private static byte[]? ReadBounded(Stream stream, out string problem)
        {
            problem = string.Empty;
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                buffer.Write(chunk, 0, read);
                if (buffer.Length > MaxBytes)
                {
                    problem = $"it is over the {MaxBytes}-byte limit";
                    return null;
                }
            }

            return buffer.ToArray();
        }

        public void Dispose() => _client.Dispose();
    }
}
