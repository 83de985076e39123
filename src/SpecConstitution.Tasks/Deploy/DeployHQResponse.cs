using System;
using SpecConstitution.Infrastructure.Json;

namespace SpecConstitution.Tasks.Deploy
{
    /// <summary>An HTTP answer from DeployHQ: status, body text and, when given, how long it asked us to wait.</summary>
    internal sealed class DeployHQResponse
    {
        public DeployHQResponse(int status, string body, TimeSpan? retryAfter, Uri? location = null)
        {
            Status = status;
            Body = body;
            RetryAfter = retryAfter;
            Location = location;
        }

        /// <summary>Where a 3xx points (absolute, resolved against the request); never followed.</summary>
        public Uri? Location { get; }

        public bool IsRedirect => Status >= 300 && Status < 400;

        public int Status { get; }

        public string Body { get; }

        public TimeSpan? RetryAfter { get; }

        public bool IsSuccess => Status >= 200 && Status < 300;

        /// <summary>429 and 503 say "not now" and mean the request was not acted on; 502/504 are a proxy's.</summary>
        public bool IsRetryable => Status == 429 || Status == 502 || Status == 503 || Status == 504;

        /// <summary>A proxy's "the server behind me did not answer (well)": the request may have been acted on.</summary>
        public bool IsGatewayFailure => Status == 502 || Status == 504;

        public JsonNode? Json => JsonTextReader.TryParse(Body, out JsonNode? node) ? node : null;
    }

    /// <summary>DeployHQ answered "no" (a final answer) or could not be reached; the message is already redacted.</summary>
    internal sealed class DeployHQException : Exception
    {
        public DeployHQException(string operation, int? status, string detail, bool rejected = false, bool unexpected = false)
            : base(detail)
        {
            Operation = operation;
            Status = status;
            Rejected = rejected;
            Unexpected = unexpected;
        }

        /// <summary>An answer that is not what DeployHQ's API sends: HTML, or JSON of the wrong shape (SC5019).</summary>
        public bool Unexpected { get; }

        /// <summary>True for a final answer (SC5016); false when retries ran out or no answer came (SC5017).</summary>
        public bool Rejected { get; }

        public string Operation { get; }

        /// <summary>The final HTTP status; null when there was no answer at all (timeouts, dropped connections).</summary>
        public int? Status { get; }
    }
}
