using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace SpecConstitution.Tasks.Deploy
{
    /// <summary>
    /// Every text the trigger logs passes through here, so the API key cannot reach a log line, a binlog or an
    /// error even if DeployHQ (or a proxy) echoes it back: the key itself and the Basic credential it is sent in.
    /// </summary>
    internal sealed class SecretRedactor
    {
        public const string Mask = "***";
        private readonly string[] _secrets;

        public SecretRedactor(string user, string apiKey)
        {
            var secrets = new List<string> { apiKey, BasicCredential(user, apiKey), Convert.ToBase64String(Encoding.UTF8.GetBytes(apiKey)) };
            _secrets = secrets.Where(s => s.Length >= 4).Distinct(StringComparer.Ordinal).OrderByDescending(s => s.Length).ToArray();
        }

        public static string BasicCredential(string user, string apiKey) =>
            Convert.ToBase64String(Encoding.UTF8.GetBytes(user + ":" + apiKey));

        public string Redact(string? text)
        {
            if (string.IsNullOrEmpty(text))
            {
                return text ?? string.Empty;
            }

            string result = text!;
            foreach (string secret in _secrets)
            {
                result = result.Replace(secret, Mask);
            }

            return result;
        }
    }
}
