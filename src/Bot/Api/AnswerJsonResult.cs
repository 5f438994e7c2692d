using System.Reflection;
using KnowYourRights.Knowledge.Answers;
using Microsoft.AspNetCore.Http.Metadata;

namespace KnowYourRights.Bot.Api;

/// <summary>
/// A 200 with an <see cref="Answer"/> already written as JSON (<see cref="SentAnswers"/>); described
/// to OpenAPI as <see cref="Microsoft.AspNetCore.Http.HttpResults.Ok{TValue}"/> of an answer is.
/// </summary>
public sealed class AnswerJsonResult(byte[] json) : IResult, IStatusCodeHttpResult, IContentTypeHttpResult, IEndpointMetadataProvider
{
    public int? StatusCode => StatusCodes.Status200OK;

    public string ContentType => "application/json; charset=utf-8";

    /// <summary>The UTF-8 JSON sent.</summary>
    public ReadOnlyMemory<byte> Json => json;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        httpContext.Response.StatusCode = StatusCodes.Status200OK;
        httpContext.Response.ContentType = ContentType;
        httpContext.Response.ContentLength = json.Length;
        return httpContext.Response.Body.WriteAsync(json).AsTask();
    }

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(Answer), ["application/json"]));
    }
}
