using KnowYourRights.Bot.Hosting.RateLimiting;
using KnowYourRights.Bot.Api;
using KnowYourRights.Bot.Insights;
using KnowYourRights.Knowledge.Indexing;
using KnowYourRights.Knowledge.Insights;
using KnowYourRights.Knowledge.Refresh;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.Options;

namespace KnowYourRights.Bot.Web.Admin;

/// <summary>
/// <c>/admin</c>: sign in with the admin key, then the live index (refresh, roll back), questions
/// per day and channel, outcomes, top cards, and the unanswered questions grouped, each group
/// turnable into YAML ways of asking for a card. 404 while no admin key is configured; every POST
/// needs the antiforgery token (400 without) and, but for sign-in, the session cookie (401); plain
/// HTTP from another machine gets 403 (the key and the cookie travel only over HTTPS).
/// </summary>
internal static class AdminPage
{
    /// <summary><c>GET /admin</c> and its forms' POSTs.</summary>
    public static IEndpointRouteBuilder MapAdminPage(this IEndpointRouteBuilder app)
    {
        // HTML forms for people, not part of the HTTP API's OpenAPI document.
        var admin = app.MapGroup("/admin").ExcludeFromDescription();
        admin.MapGet(string.Empty, ShowAsync);
        admin.MapPost("/sign-in", SignInAsync);
        admin.MapPost("/sign-out", SignOutAsync);
        admin.MapPost("/refresh", RefreshAsync);
        admin.MapPost("/rollback", RollbackAsync);
        admin.MapPost("/ways-of-asking", WaysOfAskingAsync);
        admin.MapGet("/review", ReviewPackPage.ShowAsync);
        admin.MapGet("/review.csv", ReviewPackPage.CsvAsync);
        return app;
    }

    /// <summary>Fixed texts for <c>?done=</c>, so the page never echoes what a link says.</summary>
    private static readonly Dictionary<string, string> Notices = new(StringComparer.Ordinal)
    {
        ["refresh-started"] = "Refresh started. Reload this page to see how it goes.",
        ["refresh-busy"] = "A refresh is already running.",
        ["refresh-busy-elsewhere"] = "A refresh is already running on another instance.",
        ["refresh-lock-unavailable"] = "Redis, which keeps refreshes to one instance at a time, is unreachable; nothing was started.",
        ["rolled-back"] = "Rolled back: the previous version is live.",
        ["rollback-refused"] = "Nothing to roll back to, a build or refresh is running (here or on another instance), or Redis is unreachable.",
    };

    public static async Task<IResult> ShowAsync(HttpContext context, string? done, IOptions<AdminOptions> admin, IAntiforgery antiforgery, AdminDashboardSource source)
    {
        if (!IsOn(admin))
        {
            return TypedResults.NotFound();
        }
        if (!IsPrivate(context))
        {
            return NeedsHttps();
        }
        if (!await AdminSession.IsSignedInAsync(context))
        {
            return Html(context, AdminPageHtml.SignIn(antiforgery.GetAndStoreTokens(context), wrongKey: false));
        }
        var notice = done is not null && Notices.TryGetValue(done, out var text) ? text : null;
        return Html(context, AdminPageHtml.Dashboard(source.Load(), antiforgery.GetAndStoreTokens(context), notice, yaml: null));
    }

    public static async Task<IResult> SignInAsync(HttpContext context, IOptions<AdminOptions> admin, IAntiforgery antiforgery)
    {
        if (await RefuseAsync(context, admin, antiforgery, needsSession: false) is { } refused)
        {
            return refused;
        }
        var failures = context.RequestServices.GetRequiredService<AdminKeyFailures>();
        if (failures.Wait(context) is { } wait)
        {
            return RateLimitRejection.Result(context.Response, wait);
        }
        var form = await context.Request.ReadFormAsync();
        if (!AdminKey.Matches(form["key"].ToString(), admin.Value.ApiKey!))
        {
            failures.Failed(context);
            return Html(context, AdminPageHtml.SignIn(antiforgery.GetAndStoreTokens(context), wrongKey: true), StatusCodes.Status401Unauthorized);
        }
        failures.Succeeded(context);
        await AdminSession.SignInAsync(context);
        return SeeOther(null);
    }

    public static async Task<IResult> SignOutAsync(HttpContext context, IOptions<AdminOptions> admin, IAntiforgery antiforgery)
    {
        if (await RefuseAsync(context, admin, antiforgery, needsSession: true) is { } refused)
        {
            return refused;
        }
        await AdminSession.SignOutAsync(context);
        return SeeOther(null);
    }

    public static async Task<IResult> RefreshAsync(HttpContext context, IOptions<AdminOptions> admin, IAntiforgery antiforgery, AdminRefreshRunner runner)
    {
        if (await RefuseAsync(context, admin, antiforgery, needsSession: true) is { } refused)
        {
            return refused;
        }
        var form = await context.Request.ReadFormAsync();
        Task<RefreshReport> run;
        try
        {
            run = await runner.StartAsync(new RefreshRequest(Offline: form["offline"] == "true", Strict: false));
        }
        catch (IndexBusyException e)
        {
            return SeeOther(e.OnAnotherInstance ? "refresh-busy-elsewhere" : "refresh-busy");
        }
        catch (RefreshLockUnavailableException)
        {
            return SeeOther("refresh-lock-unavailable");
        }
        // The runner logs how it ended; observed here so a failure is never unobserved.
        _ = run.ContinueWith(t => _ = t.Exception, TaskScheduler.Default);
        return SeeOther("refresh-started");
    }

    public static async Task<IResult> RollbackAsync(
        HttpContext context, IOptions<AdminOptions> admin, IAntiforgery antiforgery, KnowledgeIndex index, IndexRefresher refresher, KnowledgeMetrics metrics)
    {
        if (await RefuseAsync(context, admin, antiforgery, needsSession: true) is { } refused)
        {
            return refused;
        }
        var (result, _) = await AdminApi.RollBackAsync(index, refresher, metrics);
        return SeeOther(result is null ? "rollback-refused" : "rolled-back");
    }

    /// <summary>The page again, with the chosen group's questions as YAML for the chosen card.</summary>
    public static async Task<IResult> WaysOfAskingAsync(HttpContext context, IOptions<AdminOptions> admin, IAntiforgery antiforgery, AdminDashboardSource source)
    {
        if (await RefuseAsync(context, admin, antiforgery, needsSession: true) is { } refused)
        {
            return refused;
        }
        var form = await context.Request.ReadFormAsync();
        var model = source.Load();
        if (!long.TryParse(form["group"], out var groupId) || model.Groups.FirstOrDefault(g => g.Questions.Any(q => q.Id == groupId)) is not { } group)
        {
            return TypedResults.Problem("No such group of questions (it may have passed retention). Reload /admin.", statusCode: StatusCodes.Status400BadRequest);
        }
        if (!model.Cards.TryGet(form["card"].ToString(), out var card))
        {
            return TypedResults.Problem("No such card.", statusCode: StatusCodes.Status400BadRequest);
        }
        var yaml = new YamlSnippet(group.Id, card.Id, WaysOfAskingYaml.For(card, group.Questions));
        return Html(context, AdminPageHtml.Dashboard(model, antiforgery.GetAndStoreTokens(context), null, yaml));
    }

    /// <summary>
    /// For a page that only shows (the review pack): null when it may be shown; else 404 without a key,
    /// 403 over plain HTTP from elsewhere, or the sign-in page without a session.
    /// </summary>
    public static async Task<IResult?> RefuseViewAsync(HttpContext context, IOptions<AdminOptions> admin, IAntiforgery antiforgery)
    {
        if (!IsOn(admin))
        {
            return TypedResults.NotFound();
        }
        if (!IsPrivate(context))
        {
            return NeedsHttps();
        }
        return await AdminSession.IsSignedInAsync(context)
            ? null
            : Html(context, AdminPageHtml.SignIn(antiforgery.GetAndStoreTokens(context), wrongKey: false), StatusCodes.Status401Unauthorized);
    }

    private static bool IsOn(IOptions<AdminOptions> admin) => !string.IsNullOrEmpty(admin.Value.ApiKey);

    /// <summary>The key and the session cookie travel only over HTTPS, or plain HTTP from this machine (local use, tests).</summary>
    private static bool IsPrivate(HttpContext context) =>
        context.Request.IsHttps || (context.Connection.RemoteIpAddress is { } remote && System.Net.IPAddress.IsLoopback(remote));

    private static IResult NeedsHttps() =>
        TypedResults.Problem("The admin page needs HTTPS (plain HTTP only from this machine).", statusCode: StatusCodes.Status403Forbidden);

    /// <summary>404 while the admin key is not configured, 400 for a missing or wrong antiforgery token or a body that is not a form, 401 without a session.</summary>
    private static async Task<IResult?> RefuseAsync(HttpContext context, IOptions<AdminOptions> admin, IAntiforgery antiforgery, bool needsSession)
    {
        if (!IsOn(admin))
        {
            return TypedResults.NotFound();
        }
        if (!IsPrivate(context))
        {
            return NeedsHttps();
        }
        if (!context.Request.HasFormContentType || !await antiforgery.IsRequestValidAsync(context))
        {
            return TypedResults.Problem("The form has expired or did not come from this page. Reload /admin and try again.", statusCode: StatusCodes.Status400BadRequest);
        }
        if (needsSession && !await AdminSession.IsSignedInAsync(context))
        {
            return TypedResults.Problem("Sign in at /admin first.", statusCode: StatusCodes.Status401Unauthorized);
        }
        return null;
    }

    private static IResult SeeOther(string? done)
    {
        var location = done is null ? "/admin" : "/admin?done=" + done;
        return new SeeOtherResult(location);
    }

    private static IResult Html(HttpContext context, string html, int status = StatusCodes.Status200OK) =>
        Html(context, html, AdminPageHtml.ContentSecurityPolicy, status);

    /// <summary>An admin page's HTML with its own policy (its styles' hash), never cached, never sniffed.</summary>
    public static IResult Html(HttpContext context, string html, string contentSecurityPolicy, int status = StatusCodes.Status200OK)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = contentSecurityPolicy;
        headers.CacheControl = "no-store";
        headers["Referrer-Policy"] = "no-referrer";
        headers.XContentTypeOptions = "nosniff";
        return TypedResults.Content(html, "text/html; charset=utf-8", statusCode: status);
    }

    /// <summary>303: after a POST the browser GETs the page, so a reload never repeats the action.</summary>
    private sealed class SeeOtherResult(string location) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = StatusCodes.Status303SeeOther;
            httpContext.Response.Headers.Location = location;
            return Task.CompletedTask;
        }
    }
}
