using System.Diagnostics.Metrics;
using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace KnowYourRights.Bot.Insights;

/// <summary>
/// The bounded hand-off between the answer path and <see cref="InsightsWriter"/>: adding never
/// waits; when the writer falls behind, new entries are dropped and counted
/// (<c>kyr.insights.dropped</c>), so the database can never slow an answer.
/// </summary>
public sealed class InsightsQueue
{
    public const string MeterName = "KnowYourRights.Bot.Insights";

    private readonly Channel<InsightsEntry> _channel;
    private readonly Counter<long> _dropped;

    public InsightsQueue(IOptions<InsightsOptions> options, IMeterFactory meters)
    {
        _channel = Channel.CreateBounded<InsightsEntry>(new BoundedChannelOptions(options.Value.QueueCapacity)
        {
            FullMode = BoundedChannelFullMode.DropWrite,
            SingleReader = true,
        }, _ => Dropped());
        _dropped = meters.Create(MeterName).CreateCounter<long>("kyr.insights.dropped", "{entry}", "Insights entries dropped because the writer fell behind.");
    }

    public ChannelReader<InsightsEntry> Reader => _channel.Reader;

    /// <summary>Queues the entry, or drops it when the queue is full.</summary>
    public void Add(InsightsEntry entry) => _channel.Writer.TryWrite(entry);

    private void Dropped() => _dropped.Add(1);
}
