using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Net.Http;
using System.Threading;

namespace SpecConstitution.Tasks.Deploy
{
    /// <summary>
    /// After DeployHQ says "completed", asks the app itself: each URL must answer 2xx before the deadline. Bounded:
    /// each attempt has its own timeout, retries are spaced, the body is never read, redirects are not followed
    /// (a 3xx is an answer, not a success), and no DeployHQ credential is ever sent.
    /// </summary>
    internal sealed class DeploymentVerifier : IDisposable
    {
        private static readonly TimeSpan MaxAttemptTimeout = TimeSpan.FromSeconds(10);
        private readonly HttpClient _client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { Timeout = Timeout.InfiniteTimeSpan };
        private readonly TimeSpan _timeout;
        private readonly TimeSpan _retryDelay;

        public DeploymentVerifier(TimeSpan timeout, TimeSpan retryDelay)
        {
            _timeout = timeout;
            _retryDelay = retryDelay;
        }

        /// <summary>https, or http to a loopback host; anything else is refused before the deployment is asked for.</summary>
        public static string? Problem(string url)
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out Uri? uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
            {
                return $"SpecConstitutionDeployVerifyUrl '{url}' is not an http(s) URL";
            }

            if (uri.Scheme == Uri.UriSchemeHttp && !TriggerDeployHQ.IsLoopback(uri))
            {
                return $"SpecConstitutionDeployVerifyUrl '{url}' is plain http; use https (plain http only for a loopback host)";
            }

            return string.IsNullOrEmpty(uri.UserInfo) ? null : $"SpecConstitutionDeployVerifyUrl '{uri.Scheme}://{uri.Host}…' carries a user name or password";
        }

        /// <returns>Null when the URL answered 2xx in time; otherwise what it last answered.</returns>
        public string? Verify(string url, Action<string> log)
        {
            var clock = Stopwatch.StartNew();
            string last = "no attempt was made";
            for (int attempt = 1; ; attempt++)
            {
                TimeSpan left = _timeout - clock.Elapsed;
                TimeSpan attemptTimeout = left < MaxAttemptTimeout ? left : MaxAttemptTimeout;
                if (attemptTimeout > TimeSpan.Zero)
                {
                    last = Probe(url, attemptTimeout, out bool ok);
                    if (ok)
                    {
                        log(string.Format(CultureInfo.InvariantCulture, "verified {0}: {1} (attempt {2})", url, last, attempt));
                        return null;
                    }
                }

                if (clock.Elapsed + _retryDelay >= _timeout)
                {
                    return string.Format(CultureInfo.InvariantCulture, "{0} (after {1} attempt(s))", last, attempt);
                }

                log(string.Format(CultureInfo.InvariantCulture, "verifying {0}: {1}; trying again in {2:0.###} s", url, last, _retryDelay.TotalSeconds));
                Thread.Sleep(_retryDelay);
            }
        }

        private string Probe(string url, TimeSpan timeout, out bool ok)
        {
            ok = false;
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, url);
                using var cancel = new CancellationTokenSource(timeout);
                using HttpResponseMessage response = _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancel.Token).GetAwaiter().GetResult();
                int status = (int)response.StatusCode;
                ok = status >= 200 && status < 300;
                string answer = "HTTP " + status.ToString(CultureInfo.InvariantCulture) + (string.IsNullOrEmpty(response.ReasonPhrase) ? string.Empty : " " + response.ReasonPhrase);
                return status >= 300 && status < 400 && response.Headers.Location != null
                    ? answer + " (a redirect to " + response.Headers.Location.GetLeftPart(UriPartial.Path) + "; not followed)"
                    : answer;
            }
            catch (OperationCanceledException)
            {
                return string.Format(CultureInfo.InvariantCulture, "no answer within {0:0.###} s", timeout.TotalSeconds);
            }
            catch (Exception ex) when (ex is HttpRequestException || ex is IOException)
            {
                return "no answer: " + (ex.InnerException?.Message ?? ex.Message);
            }
        }

        public void Dispose() => _client.Dispose();
    }
}
