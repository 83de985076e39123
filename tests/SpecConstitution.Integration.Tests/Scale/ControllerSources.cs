namespace SpecConstitution.Integration.Tests.Scale;

/// <summary>An API controller split over three partial files: declaration, queries, commands (five actions; one more under SHOP_EXTENDED).</summary>
public static class ControllerSources
{
    public const int ActionsPerController = 5;

    public static void Write(ShopSolutionFiles files, string project, ShopResource r, string routeTemplate, string authorize, bool extendedExport)
    {
        string ns = $"{project}.Controllers";
        string controller = r.Plural + "Controller";
        files.Source(project, $"Controllers/{controller}.cs", $$"""
            using Microsoft.AspNetCore.Authorization;
            using Microsoft.AspNetCore.Mvc;
            using Microsoft.AspNetCore.RateLimiting;
            using Shop.Contracts;
            using Shop.Domain.{{r.Area}};
            using SpecConstitution;

            namespace {{ns}};

            [ApiController]
            [Route("{{routeTemplate}}")]
            [EnableRateLimiting(RatePolicies.PerApiKey)]
            {{authorize}}
            [Requirement("{{r.Requirement}}")]
            public sealed partial class {{controller}} : ControllerBase
            {
                private readonly I{{r.Name}}Repository _repository;
                private readonly ILogger<{{controller}}> _logger;

                public {{controller}}(I{{r.Name}}Repository repository, ILogger<{{controller}}> logger)
                {
                    _repository = repository;
                    _logger = logger;
                }
            }
            """);
        string export = extendedExport
            ? $$"""

                #if SHOP_EXTENDED
                    [HttpGet("export")]
                    public ActionResult<List<{{r.Name}}Dto>> Export() => List();
                #endif
                """
            : string.Empty;
        files.Source(project, $"Controllers/{controller}.Queries.cs", $$"""
            using Microsoft.AspNetCore.Mvc;
            using Shop.Contracts.{{r.Area}};
            using Shop.Domain.{{r.Area}};

            namespace {{ns}};

            public sealed partial class {{controller}}
            {
                [HttpGet]
                public ActionResult<List<{{r.Name}}Dto>> List() => _repository.All().Select(item => item.ToDto()).ToList();

                [HttpGet("{id:int}")]
                public ActionResult<{{r.Name}}Dto> Get(int id)
                {
                    {{r.Name}}? item = _repository.Find(id);
                    if (item is null)
                    {
                        return NotFound();
                    }

                    return item.ToDto();
                }
            {{export}}
            }
            """, endpoints: 2, extendedOnlyEndpoints: extendedExport ? 1 : 0);
        files.Source(project, $"Controllers/{controller}.Commands.cs", $$"""
            using Microsoft.AspNetCore.Authorization;
            using Microsoft.AspNetCore.Mvc;
            using Microsoft.AspNetCore.RateLimiting;
            using Shop.Contracts;
            using Shop.Contracts.{{r.Area}};
            using Shop.Domain.{{r.Area}};
            using Shop.Domain.Validation;

            namespace {{ns}};

            public sealed partial class {{controller}}
            {
                [HttpPost]
                [Authorize(Policy = AuthorizationPolicies.Writer)]
                public ActionResult<{{r.Name}}Dto> Create(Create{{r.Name}}Request request)
                {
                    if (!SkuFormat.IsValid(request.Sku))
                    {
                        ModelState.AddModelError(nameof(request.Sku), "Expected a SKU such as {{r.SkuPrefix}}-0001.");
                        return ValidationProblem(ModelState);
                    }

                    {{r.Name}} item = _repository.Add(request.Name, request.Sku, request.Price);
                    ControllerLog.Created(_logger, "{{r.Name}}", item.Id);
                    return CreatedAtAction(nameof(Get), new { id = item.Id }, item.ToDto());
                }

                [HttpPut("{id:int}")]
                [Authorize(Policy = AuthorizationPolicies.Writer)]
                public IActionResult Update(int id, Update{{r.Name}}Request request)
                {
                    if (_repository.Find(id) is not { } item)
                    {
                        return NotFound();
                    }

                    item.Rename(request.Name, request.Price);
                    return NoContent();
                }

                [HttpDelete("{id:int}")]
                [Authorize(Policy = AuthorizationPolicies.Writer)]
                [EnableRateLimiting(RatePolicies.Bulk)]
                public IActionResult Delete(int id) => _repository.Remove(id) ? NoContent() : NotFound();
            }
            """, endpoints: 3);
    }

    /// <summary>[LoggerMessage] methods the controllers of <paramref name="project"/> log with.</summary>
    public static string ControllerLog(string project) => $$"""
        namespace {{project}}.Controllers;

        internal static partial class ControllerLog
        {
            [LoggerMessage(EventId = 100, Level = LogLevel.Information, Message = "Created {Resource} {Id}")]
            public static partial void Created(ILogger logger, string resource, int id);
        }
        """;
}
