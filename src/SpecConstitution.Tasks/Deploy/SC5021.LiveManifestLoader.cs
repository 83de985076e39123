using System;
using System.IO;
using System.Net.Http;
using System.Text;
using System.Threading;
using SpecConstitution.Infrastructure.Files;
using SpecConstitution.Infrastructure.Json;

namespace SpecConstitution.Tasks.Deploy
{
    /// <summary>
    /// Reads the manifest of what is live (SpecConstitutionLiveManifest): a file, or an https URL (plain http only for a
    /// loopback host). Bounded in size and time; a redirect is followed only to the same scheme, host and port; no
    /// credential of any kind is sent (the DeployHQ key is never read here). Every failure is a reason, never an exception.
    /// </summary>
    internal static class LiveManifestLoader
    {
        public const int MaxBytes = 16 * 1024 * 1024;
        private const int MaxRedirects = 3;

        public static JsonNode? Load(string location, TimeSpan timeout, out string? problem)
        {
            string text;
            if (Uri.TryCreate(location, UriKind.Absolute, out Uri? uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))
            {
                if (!TryDownload(uri, timeout, out text, out problem))
                {
                    return null;
                }
            }
            else if (!TryReadFile(location, out text, out problem))
            {
                return null;
            }

            if (!JsonTextReader.TryParse(text, out JsonNode? manifest) || !(manifest is JsonObject) || manifest["predicate"] is not JsonObject)
            {
                problem = "it is not a deploy manifest (JSON with a predicate)";
                return null;
            }

            problem = null;
            return manifest;
        }

        private static bool TryReadFile(string path, out string text, out string? problem)
        {
            text = string.Empty;
            if (!File.Exists(path))
            {
                problem = "no file at " + Path.GetFullPath(path);
                return false;
            }

            // A regular file only (a FIFO would block the build), and no bigger than any manifest we write.
            if (!FileProbe.TryOpenRegular(path, out FileStream? stream, out string unreadable))
            {
                problem = unreadable;
                return false;
            }

            using (stream)
            {
                if (stream!.Length > MaxBytes)
                {
                    problem = "it is larger than " + (MaxBytes / 1024 / 1024) + " MiB";
                    return false;
                }

                using var reader = new StreamReader(stream);
                text = reader.ReadToEnd();
            }

            problem = null;
            return true;
        }

        private static bool TryDownload(Uri uri, TimeSpan timeout, out string text, out string? problem)
        {
            text = string.Empty;
            if (uri.Scheme == Uri.UriSchemeHttp && !TriggerDeployHQ.IsLoopback(uri))
            {
                problem = "'" + uri.GetLeftPart(UriPartial.Path) + "' is plain http; use https (plain http is only accepted for a loopback host)";
                return false;
            }

            if (!string.IsNullOrEmpty(uri.UserInfo))
            {
                problem = "the URL carries a user name or password; no credential is sent for the live manifest";
                return false;
            }

            using var cancel = new CancellationTokenSource(timeout);
            using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false, UseDefaultCredentials = false }) { Timeout = Timeout.InfiniteTimeSpan };
            Uri current = uri;
            try
            {
                for (int redirects = 0; ; redirects++)
                {
                    using var request = new HttpRequestMessage(HttpMethod.Get, current);
                    request.Headers.Accept.ParseAdd("application/json");
                    using HttpResponseMessage response = client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancel.Token).GetAwaiter().GetResult();
                    int status = (int)response.StatusCode;
                    if (status >= 300 && status < 400 && response.Headers.Location is Uri location)
                    {
                        Uri next = location.IsAbsoluteUri ? location : new Uri(current, location);
                        if (redirects >= MaxRedirects || next.Scheme != current.Scheme || !string.Equals(next.Host, current.Host, StringComparison.OrdinalIgnoreCase) || next.Port != current.Port)
                        {
                            problem = "HTTP " + status + " redirects to " + next.GetLeftPart(UriPartial.Path) + "; only redirects to the same scheme, host and port are followed (at most " + MaxRedirects + ")";
                            return false;
                        }

                        current = next;
                        continue;
                    }

                    if (status < 200 || status > 299)
                    {
                        problem = "HTTP " + status + " from " + current.GetLeftPart(UriPartial.Path);
                        return false;
                    }

                    if (response.Content.Headers.ContentLength > MaxBytes)
                    {
                        problem = "the answer is larger than " + (MaxBytes / 1024 / 1024) + " MiB";
                        return false;
                    }

                    using Stream body = response.Content.ReadAsStreamAsync().GetAwaiter().GetResult();
                    var bytes = new MemoryStream();
                    var buffer = new byte[81920];
                    int read;
                    while ((read = body.ReadAsync(buffer, 0, buffer.Length, cancel.Token).GetAwaiter().GetResult()) > 0)
                    {
                        if (bytes.Length + read > MaxBytes)
                        {
                            problem = "the answer is larger than " + (MaxBytes / 1024 / 1024) + " MiB";
                            return false;
                        }

                        bytes.Write(buffer, 0, read);
                    }

                    text = Encoding.UTF8.GetString(bytes.ToArray());
                    problem = null;
                    return true;
                }
            }
            catch (OperationCanceledException)
            {
                problem = "no complete answer from " + uri.GetLeftPart(UriPartial.Path) + " within " + timeout.TotalSeconds + " s";
                return false;
            }
            catch (Exception ex) when (ex is HttpRequestException || ex is IOException)
            {
                problem = uri.GetLeftPart(UriPartial.Path) + " could not be read: " + (ex.InnerException?.Message ?? ex.Message);
                return false;
            }
        }
    }
}
