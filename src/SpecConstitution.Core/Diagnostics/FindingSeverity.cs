namespace SpecConstitution.Diagnostics
{
    /// <summary>Severity as the rules file spells it: error | warning | info | none.</summary>
    public enum FindingSeverity
    {
        None = 0,
        Info = 1,
        Warning = 2,
        Error = 3,
    }

    public static class FindingSeverityNames
    {
        public static bool TryParse(string? text, out FindingSeverity severity)
        {
            switch (text?.Trim().ToLowerInvariant())
            {
                case "error": severity = FindingSeverity.Error; return true;
                case "warning": case "warn": severity = FindingSeverity.Warning; return true;
                case "info": case "suggestion": severity = FindingSeverity.Info; return true;
                case "none": case "silent": severity = FindingSeverity.None; return true;
                default: severity = FindingSeverity.Warning; return false;
            }
        }

        public static string ToName(this FindingSeverity severity) => severity switch
        {
            FindingSeverity.Error => "error",
            FindingSeverity.Warning => "warning",
            FindingSeverity.Info => "info",
            _ => "none",
        };
    }
}
