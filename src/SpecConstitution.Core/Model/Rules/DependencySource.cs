using SpecConstitution.Infrastructure.Text;

namespace SpecConstitution.Model.Rules
{
    /// <summary>Another system named under <c>dependencies:</c>, and where its live deploy manifest is (a URL or a path).</summary>
    public sealed class DependencySource
    {
        public DependencySource(string system, string manifest, TextRange range)
        {
            System = system;
            Manifest = manifest;
            Range = range;
        }

        public string System { get; }

        /// <summary>An https URL (http only for a loopback host), or a path relative to the rules file's folder.</summary>
        public string Manifest { get; }

        /// <summary>The <c>manifest:</c> value in the rules file.</summary>
        public TextRange Range { get; }
    }
}
