using System.CommandLine;
using KnowYourRights.Knowledge.Embeddings;
using KnowYourRights.Knowledge.Indexing;

namespace KnowYourRights.Bot.Cli;

/// <summary>
/// <c>index vectors [--seeds DIR]</c>: writes the seed texts' sentence vectors for the packaged
/// model into the seeds folder (<c>vectors/MODEL.vec</c>), encoding only texts the file lacks,
/// so the first start of a fresh clone encodes nothing. Run it after editing a card, the paper or
/// the out-of-scope phrasings (a test says when it is due).
/// </summary>
internal static class IndexVectorsCommand
{
    public static Command Create(CliOutput output)
    {
        var seedsOption = new Option<string?>("--seeds") { Description = "The seeds folder to write into (the repository's: --seeds seeds)." };
        var command = new Command("vectors", "Write the seed texts' sentence vectors into the seeds folder (vectors/MODEL.vec), encoding only new or changed texts.");
        command.Options.Add(seedsOption);
        command.SetAction(parse =>
        {
            try
            {
                using var host = CommandLineApp.BuildHost(null, parse.GetValue(seedsOption));
                var seedsPath = CommandLineApp.Options(host).SeedsPath;
                var seeds = CommandLineApp.LoadSeeds(host);
                var embedder = host.Services.GetRequiredService<ITextEmbedder>();
                var (written, encoded) = SeedVectors.Write(seeds, seedsPath, embedder);
                output.Out.WriteLine($"Wrote {written} vectors ({encoded} newly encoded) to {Path.GetFullPath(EmbeddingCache.SeedVectorsPath(seedsPath, embedder.ModelId))}.");
                return 0;
            }
            catch (Exception e) when (e is FormatException or IOException or InvalidDataException or UnauthorizedAccessException)
            {
                output.Error.WriteLine("index vectors: " + e.Message);
                return 1;
            }
        });
        return command;
    }
}
