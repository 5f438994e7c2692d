using KnowYourRights.Bot.State;
using KnowYourRights.Knowledge.Refresh;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KnowYourRights.Bot.Api;

/// <summary>Registers the services of the HTTP APIs beside the chat; each maps its own routes (<see cref="AdminApi"/>, <see cref="AnswerApi"/>, <see cref="HealthApi"/>, <see cref="MetricsApi"/>, <see cref="ApiDocument"/>).</summary>
public static class ApiHostingExtensions
{
    /// <summary>Registers the admin options (validated on start), the refresh runner and the instances' refresh lock.</summary>
    public static IHostApplicationBuilder AddAdminApi(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<AdminOptions>()
            .BindConfiguration(AdminOptions.Section)
            .Validate(o => o.IsValid, $"Admin:ApiKey must be at least {AdminOptions.MinKeyLength} characters, or not set at all.")
            .ValidateOnStart();
        builder.Services.AddSingleton<AdminRefreshRunner>();
        builder.Services.AddSingleton<AdminKeyFailures>();
        builder.AddRefreshLock();
        return builder;
    }

    /// <summary>
    /// With Redis configured (<c>Redis:ConnectionString</c>; needs <c>AddRedis</c>), index refreshes
    /// and rollbacks from any instance, the admin API or the command line, take
    /// <see cref="RedisRefreshLock"/> as well as the data folder's build lock: an OS file lock on a
    /// shared network folder may not keep out other hosts. Without Redis the build lock is the only one.
    /// </summary>
    public static IHostApplicationBuilder AddRefreshLock(this IHostApplicationBuilder builder)
    {
        builder.AddSharedOnlyStore<IRefreshLock, RedisRefreshLock>();
        return builder;
    }

    /// <summary>
    /// The APIs' answers are written by the serializer generated for them (<see cref="ApiJson"/>),
    /// ahead of reflection, once per answer object (<see cref="SentAnswers"/>).
    /// </summary>
    public static IHostApplicationBuilder AddApiJson(this IHostApplicationBuilder builder)
    {
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.TypeInfoResolverChain.Insert(0, ApiJson.Default));
        builder.Services.AddSingleton<SentAnswers>();
        return builder;
    }

    /// <summary>The OpenAPI document of these APIs (see <see cref="ApiDocument"/>).</summary>
    public static IHostApplicationBuilder AddApiDocument(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOpenApi(ApiDocument.Name, ApiDocument.Configure);
        return builder;
    }
}
