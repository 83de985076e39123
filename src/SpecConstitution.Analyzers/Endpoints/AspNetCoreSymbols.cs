using Microsoft.CodeAnalysis;

namespace SpecConstitution.Analyzers.Endpoints
{
    /// <summary>The ASP.NET Core types endpoint rules need, resolved once per compilation.</summary>
    internal sealed class AspNetCoreSymbols
    {
        private AspNetCoreSymbols(Compilation compilation)
        {
            EndpointRouteBuilderExtensions = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Builder.EndpointRouteBuilderExtensions");
            FallbackEndpointRouteBuilderExtensions = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Builder.FallbackEndpointRouteBuilderExtensions");
            ControllerEndpointRouteBuilderExtensions = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Builder.ControllerEndpointRouteBuilderExtensions");
            RateLimiterConventionExtensions = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Builder.RateLimiterEndpointConventionBuilderExtensions");
            EnableRateLimitingAttribute = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.RateLimiting.EnableRateLimitingAttribute");
            DisableRateLimitingAttribute = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.RateLimiting.DisableRateLimitingAttribute");
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

        public INamedTypeSymbol? RateLimiterConventionExtensions { get; }

        public INamedTypeSymbol? EnableRateLimitingAttribute { get; }

        public INamedTypeSymbol? DisableRateLimitingAttribute { get; }

        public INamedTypeSymbol? ControllerAttribute { get; }

        public INamedTypeSymbol? NonControllerAttribute { get; }

        public INamedTypeSymbol? NonActionAttribute { get; }

        public INamedTypeSymbol? RouteAttribute { get; }

        public INamedTypeSymbol? HttpMethodAttribute { get; }

        public INamedTypeSymbol? RouteTemplateProvider { get; }

        public bool HasMinimalApis => EndpointRouteBuilderExtensions != null;

        public bool HasMvc => ControllerAttribute != null;

        public static AspNetCoreSymbols Create(Compilation compilation) => new AspNetCoreSymbols(compilation);
    }
}
