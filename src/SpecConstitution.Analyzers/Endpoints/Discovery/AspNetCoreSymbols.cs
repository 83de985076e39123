using Microsoft.CodeAnalysis;

namespace SpecConstitution.Analyzers.Endpoints.Discovery
{
    /// <summary>The ASP.NET Core types endpoint rules need, resolved once per compilation. Null when the reference is absent.</summary>
    internal sealed class AspNetCoreSymbols
    {
        private AspNetCoreSymbols(Compilation compilation)
        {
            EndpointRouteBuilderExtensions = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Builder.EndpointRouteBuilderExtensions");
            FallbackEndpointRouteBuilderExtensions = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Builder.FallbackEndpointRouteBuilderExtensions");
            ControllerEndpointRouteBuilderExtensions = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Builder.ControllerEndpointRouteBuilderExtensions");
            RazorPagesEndpointRouteBuilderExtensions = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Builder.RazorPagesEndpointRouteBuilderExtensions");
            HubEndpointRouteBuilderExtensions = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Builder.HubEndpointRouteBuilderExtensions");
            HealthCheckEndpointRouteBuilderExtensions = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Builder.HealthCheckEndpointRouteBuilderExtensions");
            GrpcEndpointRouteBuilderExtensions = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Builder.GrpcEndpointRouteBuilderExtensions");
            EndpointRouteBuilder = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Routing.IEndpointRouteBuilder");
            EndpointConventionBuilder = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Builder.IEndpointConventionBuilder");

            RateLimiterConventionExtensions = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Builder.RateLimiterEndpointConventionBuilderExtensions");
            RateLimiterOptions = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.RateLimiting.RateLimiterOptions");
            RateLimiterOptionsExtensions = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.RateLimiting.RateLimiterOptionsExtensions");
            RateLimiterApplicationBuilderExtensions = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Builder.RateLimiterApplicationBuilderExtensions");
            EnableRateLimitingAttribute = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.RateLimiting.EnableRateLimitingAttribute");
            DisableRateLimitingAttribute = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.RateLimiting.DisableRateLimitingAttribute");
            WebApplication = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Builder.WebApplication");
            WebApplicationBuilder = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Builder.WebApplicationBuilder");
            EndpointRoutingApplicationBuilderExtensions = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Builder.EndpointRoutingApplicationBuilderExtensions");

            AuthorizationConventionExtensions = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Builder.AuthorizationEndpointConventionBuilderExtensions");
            AuthorizeData = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Authorization.IAuthorizeData");
            AllowAnonymous = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Authorization.IAllowAnonymous");
            AuthorizationOptions = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Authorization.AuthorizationOptions");
            AuthorizationBuilder = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Authorization.AuthorizationBuilder");

            ControllerAttribute = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Mvc.ControllerAttribute");
            NonControllerAttribute = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Mvc.NonControllerAttribute");
            NonActionAttribute = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Mvc.NonActionAttribute");
            RouteAttribute = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Mvc.RouteAttribute");
            HttpMethodAttribute = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Mvc.Routing.HttpMethodAttribute");
            RouteTemplateProvider = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Mvc.Routing.IRouteTemplateProvider");
        }

        public INamedTypeSymbol? EndpointRouteBuilderExtensions { get; }

        public INamedTypeSymbol? FallbackEndpointRouteBuilderExtensions { get; }

        public INamedTypeSymbol? ControllerEndpointRouteBuilderExtensions { get; }

        public INamedTypeSymbol? RazorPagesEndpointRouteBuilderExtensions { get; }

        public INamedTypeSymbol? HubEndpointRouteBuilderExtensions { get; }

        public INamedTypeSymbol? HealthCheckEndpointRouteBuilderExtensions { get; }

        public INamedTypeSymbol? GrpcEndpointRouteBuilderExtensions { get; }

        public INamedTypeSymbol? EndpointRouteBuilder { get; }

        public INamedTypeSymbol? EndpointConventionBuilder { get; }

        public INamedTypeSymbol? RateLimiterConventionExtensions { get; }

        public INamedTypeSymbol? RateLimiterOptions { get; }

        public INamedTypeSymbol? RateLimiterOptionsExtensions { get; }

        public INamedTypeSymbol? RateLimiterApplicationBuilderExtensions { get; }

        public INamedTypeSymbol? EnableRateLimitingAttribute { get; }

        public INamedTypeSymbol? DisableRateLimitingAttribute { get; }

        public INamedTypeSymbol? WebApplication { get; }

        public INamedTypeSymbol? WebApplicationBuilder { get; }

        /// <summary>UseRouting() and UseEndpoints().</summary>
        public INamedTypeSymbol? EndpointRoutingApplicationBuilderExtensions { get; }

        public INamedTypeSymbol? AuthorizationConventionExtensions { get; }

        public INamedTypeSymbol? AuthorizeData { get; }

        public INamedTypeSymbol? AllowAnonymous { get; }

        public INamedTypeSymbol? AuthorizationOptions { get; }

        public INamedTypeSymbol? AuthorizationBuilder { get; }

        public INamedTypeSymbol? ControllerAttribute { get; }

        public INamedTypeSymbol? NonControllerAttribute { get; }

        public INamedTypeSymbol? NonActionAttribute { get; }

        public INamedTypeSymbol? RouteAttribute { get; }

        public INamedTypeSymbol? HttpMethodAttribute { get; }

        public INamedTypeSymbol? RouteTemplateProvider { get; }

        public bool HasMinimalApis => EndpointRouteBuilderExtensions != null;

        public bool HasMvc => ControllerAttribute != null;

        public static AspNetCoreSymbols Create(Compilation compilation) => new AspNetCoreSymbols(compilation);

        /// <summary>A <c>MapRazorPages()</c> call: it maps the app's pages.</summary>
        public bool IsMapRazorPages(IMethodSymbol method) => method.Name == "MapRazorPages" && Is(method.ContainingType, RazorPagesEndpointRouteBuilderExtensions);

        /// <summary>
        /// The type or a base type is <paramref name="containingNamespace"/>.<paramref name="name"/>, compared by name: for
        /// types most apps never reference, which are then not looked up in every compilation's symbol set.
        /// </summary>
        public static bool IsOrDerivesNamed(ITypeSymbol? type, string containingNamespace, string name)
        {
            for (ITypeSymbol? current = type; current != null; current = current.BaseType)
            {
                if (current.Name == name && current.ContainingNamespace?.ToDisplayString() == containingNamespace)
                {
                    return true;
                }
            }

            return false;
        }

        public static bool Is(ITypeSymbol? type, INamedTypeSymbol? expected) =>
            type != null && expected != null && SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, expected);

        /// <summary>The type, a base type or an implemented interface is <paramref name="expected"/>.</summary>
        public static bool IsOrDerives(ITypeSymbol? type, INamedTypeSymbol? expected)
        {
            if (type == null || expected == null)
            {
                return false;
            }

            for (ITypeSymbol? current = type; current != null; current = current.BaseType)
            {
                if (Is(current, expected))
                {
                    return true;
                }
            }

            foreach (INamedTypeSymbol candidate in type.AllInterfaces)
            {
                if (Is(candidate, expected))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
