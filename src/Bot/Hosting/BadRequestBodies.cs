namespace KnowYourRights.Bot.Hosting;

/// <summary>
/// A request body the server cannot read (mis-framed chunks, a body cut short, one over the
/// server's size limit: Kestrel's <see cref="BadHttpRequestException"/> while an endpoint reads
/// it) is the client's fault: it gets the exception's own 4xx as a problem, and the log one
/// warning line. Left to Kestrel, the same request was logged as an unhandled application error,
/// with a stack trace and the build machine's source paths.
/// </summary>
internal sealed partial class BadRequestBodies(RequestDelegate next, ILogger<BadRequestBodies> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (BadHttpRequestException error)
        {
            // Kestrel's text for a body ("Bad chunk size data.", "Unexpected end of request content.") holds nothing the client wrote.
            BodyRefused(logger, error.StatusCode, error.Message);
            if (context.Response.HasStarted)
            {
                // Too late for a status: the connection ends, as it would have.
                context.Abort();
                return;
            }
            await TypedResults.Problem("The request body could not be read: " + error.Message, statusCode: error.StatusCode).ExecuteAsync(context);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Request body refused ({Status}): {Reason}")]
    private static partial void BodyRefused(ILogger logger, int status, string reason);
}
