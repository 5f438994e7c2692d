using KnowYourRights.Knowledge.Answers;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;

namespace KnowYourRights.Bot.Api;

/// <summary>
/// The OpenAPI document of the HTTP APIs, at <c>/openapi/v1.json</c>: <c>/api/answer</c>,
/// <c>/admin/index…</c> and <c>/healthz</c>, every status code with its body's schema. The chat's
/// own endpoints (Direct Line, the Bot Framework and Twilio webhooks, the pages) are left out:
/// they follow other people's contracts. Linted with Spectral and fuzzed with Portman in the
/// tests (<c>eng/fuzz</c>, docs/channels.md, "OpenAPI").
/// </summary>
public static class ApiDocument
{
    /// <summary>Maps <c>GET /openapi/v1.json</c>.</summary>
    public static IEndpointRouteBuilder MapApiDocument(this IEndpointRouteBuilder app)
    {
        app.MapOpenApi();
        return app;
    }

    public const string Name = "v1";

    /// <summary>The security scheme of the admin endpoints: the <see cref="AdminKey.Header"/> header.</summary>
    public const string AdminKeyScheme = "AdminKey";

    public const string AnswersTag = "Answers";
    public const string AdminTag = "Admin";
    public const string HealthTag = "Health";

    private static readonly string[] DocumentedPrefixes = ["api/answer", "admin/", "healthz"];

    public static void Configure(OpenApiOptions options)
    {
        options.ShouldInclude = description =>
            description.RelativePath is { } path && DocumentedPrefixes.Any(p => path.StartsWith(p, StringComparison.OrdinalIgnoreCase));
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info = new OpenApiInfo
            {
                Title = "KnowYourRights.Bot API",
                Version = "1",
                Description = "Plain-language answers, with citations, about ICE detainers, courthouse arrests and local data sharing with ICE; "
                    + "the state of the knowledge index and its refresh. Legal information, not legal advice.",
                Contact = new OpenApiContact { Name = "KnowYourRights.Bot maintainers" },
                License = new OpenApiLicense { Name = "See the repository" },
            };
            document.Tags = new HashSet<OpenApiTag>
            {
                new() { Name = AnswersTag, Description = "The same answers as the chat, as JSON." },
                new() { Name = AdminTag, Description = "The knowledge index: status, refresh and rollback. Off (404) unless Admin:ApiKey is set." },
                new() { Name = HealthTag, Description = "Liveness, for load balancers and monitors." },
            };
            foreach (var server in document.Servers ?? [])
            {
                // "https://host/" + "/api/answer" would make a double slash.
                server.Url = server.Url?.TrimEnd('/');
            }
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[AdminKeyScheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Header,
                Name = AdminKey.Header,
                Description = "The configured Admin:ApiKey (or send it as 'Authorization: Bearer KEY').",
            };
            return Task.CompletedTask;
        });
    }

    /// <summary>Marks an admin operation as needing the admin key.</summary>
    public static Task RequireAdminKey(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancel)
    {
        operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(AdminKeyScheme, context.Document)] = [] }];
        return Task.CompletedTask;
    }

    /// <summary><c>q</c> of <c>/api/answer</c>: required, 1 to Knowledge:MaxQuestionLength characters (400 otherwise), with an example.</summary>
    public static Task DescribeQuestion(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancel)
    {
        var maxLength = context.ApplicationServices.GetRequiredService<IOptions<AnswerOptions>>().Value.MaxQuestionLength;
        {
            if (operation.Parameters?.OfType<OpenApiParameter>().FirstOrDefault(p => p.Name == "q") is { } q)
            {
                q.Required = true;
                q.Description = "The question, as a person would type it (personal details are removed before anything reads it).";
                q.Example = System.Text.Json.Nodes.JsonValue.Create("What is an ICE detainer?");
                if (q.Schema is OpenApiSchema schema)
                {
                    schema.Type = JsonSchemaType.String;
                    schema.MinLength = 1;
                    schema.MaxLength = maxLength;
                    schema.Pattern = @"\S";
                }
            }
        }
        return Task.CompletedTask;
    }

    /// <summary>The body of <c>POST /api/answer</c>: required, <c>q</c> 1 to Knowledge:MaxQuestionLength characters, <c>lang</c> "en" or "es", with an example.</summary>
    public static Task DescribeQuestionBody(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancel)
    {
        var maxLength = context.ApplicationServices.GetRequiredService<IOptions<AnswerOptions>>().Value.MaxQuestionLength;
        var media = new OpenApiMediaType
        {
            Example = new System.Text.Json.Nodes.JsonObject
            {
                ["q"] = "¿Cuánto tiempo lo pueden tener?",
                ["lang"] = "es",
                // A follow-up, so the example (and the fuzzing built from it) holds every field.
                ["history"] = new System.Text.Json.Nodes.JsonArray("¿Qué es un detainer de ICE?"),
            },
            Schema = new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Required = new HashSet<string> { "q" },
                Properties = new Dictionary<string, IOpenApiSchema>
                {
                    ["q"] = new OpenApiSchema
                    {
                        Type = JsonSchemaType.String, MinLength = 1, MaxLength = maxLength, Pattern = @"\S",
                        Description = "The question, as a person would type it (personal details are removed before anything reads it).",
                    },
                    ["lang"] = new OpenApiSchema
                    {
                        Type = JsonSchemaType.String,
                        Enum = [System.Text.Json.Nodes.JsonValue.Create("en"), System.Text.Json.Nodes.JsonValue.Create("es")],
                        Description = "The language of a card's answer; left out, the question's own.",
                    },
                    ["history"] = new OpenApiSchema
                    {
                        Type = JsonSchemaType.Array,
                        MaxItems = AnswerRequestBody.MaxHistory,
                        Items = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = maxLength },
                        Description = "The conversation's earlier messages, oldest first.",
                    },
                },
            },
        };
        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Description = "The question (required), the answer's language and the conversation's earlier messages.",
            Content = new Dictionary<string, OpenApiMediaType> { ["application/json"] = media },
        };
        return Task.CompletedTask;
    }
}
