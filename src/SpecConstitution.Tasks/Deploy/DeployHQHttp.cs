using System;
using System.Globalization;
using System.IO;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading;

namespace SpecConstitution.Tasks.Deploy
{
    /// <summary>
    /// Sends one request to DeployHQ with bounded time: each attempt has its own timeout; 429/502/503/504 are
    /// retried after Retry-After (or exponential backoff), never longer than the cap; other answers are returned
    /// to the caller. Whether a request that got no answer may be re-sent is the caller's decision.
    /// </summary>
    internal sealed class DeployHQHttp : IDisposable
    {
        private static readonly string UserAgent = "SpecConstitution/" + (typeof(DeployHQHttp).Assembly.GetName().Version?.ToString() ?? "0");
        private readonly DeployHQOptions _options;
        private readonly SecretRedactor _redactor;
        private readonly Action<string> _log;
        private readonly HttpClient _client;

        public DeployHQHttp(DeployHQOptions options, SecretRedactor redactor, Action<string> log)
        {
            _options = options;
            _redactor = redactor;
            _log = log;
            _client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { Timeout = Timeout.InfiniteTimeSpan };
        }

        /// <param name="resendWithoutAnswer">False for a POST: a request that timed out may have been acted on.</param>
        public DeployHQResponse Send(HttpMethod method, string path, string? jsonBody, string operation, bool resendWithoutAnswer)
        {
            for (int attempt = 1; ; attempt++)
            {
                DeployHQResponse? response;
                string? noAnswer = null;
                try
                {
                    response = SendOnce(method, path, jsonBody);
                }
                catch (Exception ex) when (ex is OperationCanceledException || ex is HttpRequestException || ex is IOException)
                {
                    response = null;
                    noAnswer = ex is OperationCanceledException
                        ? $"no answer within {_options.RequestTimeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} s"
                        : _redactor.Redact(Describe(ex));
                }

                if (response != null && response.IsRedirect)
                {
                    // Never followed: the Basic credential must not leave the configured scheme, host and port.
                    throw new DeployHQException(operation, response.Status, RedirectDetail(response), rejected: true);
                }

                if (response != null && response.IsGatewayFailure && !resendWithoutAnswer)
                {
                    // A proxy could not get (all of) an answer from DeployHQ: the POST may have been acted on.
                    throw new DeployHQNoAnswerException(operation, string.Format(CultureInfo.InvariantCulture, "HTTP {0} from a gateway: {1}",
                        response.Status, DeployHQErrorBody.Describe(response.Body, _redactor)));
                }

                if (response != null && !response.IsRetryable)
                {
                    return response;
                }

                if (response == null && !resendWithoutAnswer)
                {
                    throw new DeployHQNoAnswerException(operation, noAnswer!);
                }

                string what = response != null ? "HTTP " + response.Status.ToString(CultureInfo.InvariantCulture) : noAnswer!;
                if (attempt >= _options.MaxAttempts)
                {
                    string body = response != null ? ": " + DeployHQErrorBody.Describe(response.Body, _redactor) : string.Empty;
                    throw new DeployHQException(operation, response?.Status,
                        string.Format(CultureInfo.InvariantCulture, "{0} after {1} attempts{2}", what, attempt, body));
                }

                TimeSpan delay = RetryDelay(response?.RetryAfter, attempt, out bool capped);
                _log(string.Format(CultureInfo.InvariantCulture, "DeployHQ {0}: {1}; retrying in {2:0.###} s{3} (attempt {4} of {5})",
                    operation, what, delay.TotalSeconds, capped ? " (Retry-After capped)" : string.Empty, attempt + 1, _options.MaxAttempts));
                Thread.Sleep(delay);
            }
        }

        private DeployHQResponse SendOnce(HttpMethod method, string path, string? jsonBody)
        {
            using var request = new HttpRequestMessage(method, new Uri(_options.BaseUri, path));
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", SecretRedactor.BasicCredential(_options.User, _options.ApiKey));
            request.Headers.UserAgent.ParseAdd(UserAgent);
            if (jsonBody != null)
            {
                request.Content = new StringContent(jsonBody, new UTF8Encoding(false), "application/json");
                request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            }

            using var timeout = new CancellationTokenSource(_options.RequestTimeout);
            using HttpResponseMessage response = _client.SendAsync(request, HttpCompletionOption.ResponseContentRead, timeout.Token).GetAwaiter().GetResult();
            string body = response.Content == null ? string.Empty : response.Content.ReadAsStringAsync().GetAwaiter().GetResult();
            Uri? location = response.Headers.Location;
            if (location != null && !location.IsAbsoluteUri)
            {
                location = new Uri(request.RequestUri!, location);
            }

            return new DeployHQResponse((int)response.StatusCode, body, RetryAfterOf(response), location);
        }

        private string RedirectDetail(DeployHQResponse response)
        {
            Uri configured = _options.BaseUri;
            string here = configured.Scheme + "://" + configured.Authority;
            if (response.Location == null)
            {
                return $"DeployHQ answered with a redirect without a Location; redirects are not followed (the API key is only sent to {here})";
            }

            Uri to = response.Location;
            bool sameOrigin = string.Equals(to.Scheme, configured.Scheme, StringComparison.OrdinalIgnoreCase)
                && string.Equals(to.Host, configured.Host, StringComparison.OrdinalIgnoreCase) && to.Port == configured.Port;
            string target = DeployHQErrorBody.Excerpt(to.Scheme + "://" + to.Authority + to.AbsolutePath, _redactor);
            return string.Format(CultureInfo.InvariantCulture,
                "redirected to {0} (host {1}); not followed: {2}redirects are never followed, so the API key is only sent to {3}. If DeployHQ moved, set SpecConstitutionDeployHQBaseUrl (or SpecConstitutionDeployHQAccount) to the new address",
                target, DeployHQErrorBody.Excerpt(to.Authority, _redactor), sameOrigin ? string.Empty : "that is not the configured host, scheme or port; ", here);
        }

        private TimeSpan RetryDelay(TimeSpan? retryAfter, int attempt, out bool capped)
        {
            TimeSpan wanted = retryAfter ?? TimeSpan.FromTicks(_options.RetryBaseDelay.Ticks * (1L << Math.Min(attempt - 1, 10)));
            capped = wanted > _options.RetryDelayCap;
            return capped ? _options.RetryDelayCap : wanted < TimeSpan.Zero ? TimeSpan.Zero : wanted;
        }

        private static TimeSpan? RetryAfterOf(HttpResponseMessage response)
        {
            RetryConditionHeaderValue? value = response.Headers.RetryAfter;
            if (value?.Delta != null)
            {
                return value.Delta;
            }

            return value?.Date != null ? value.Date.Value - DateTimeOffset.UtcNow : (TimeSpan?)null;
        }

        private static string Describe(Exception ex)
        {
            var text = new StringBuilder(ex.Message);
            for (Exception? inner = ex.InnerException; inner != null; inner = inner.InnerException)
            {
                text.Append(" (").Append(inner.Message).Append(')');
            }

            return text.ToString();
        }

        public void Dispose() => _client.Dispose();
    }

    /// <summary>A request went out and no answer came back: it may or may not have been acted on.</summary>
    internal sealed class DeployHQNoAnswerException : Exception
    {
        public DeployHQNoAnswerException(string operation, string reason)
            : base(reason)
        {
            Operation = operation;
        }

        public string Operation { get; }
    }
}
