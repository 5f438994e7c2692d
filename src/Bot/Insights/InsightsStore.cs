using System.Globalization;
using KnowYourRights.Knowledge.Indexing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace KnowYourRights.Bot.Insights;

/// <summary>
/// The insights database, one SQLite file: <c>question_counts</c> (per day, channel, language,
/// outcome and card: how many), <c>feedback_counts</c> (per day, channel, language, card and vote:
/// how many) and <c>unanswered</c> (per unanswered, unsure or not-helpful question: day, channel,
/// language, outcome, card and its scrubbed text). Nothing else: no time of day, no id of a
/// conversation or sender, no IP.
/// </summary>
/// <remarks>
/// <c>secure_delete</c> is on, so SQLite overwrites deleted rows with zeros instead of leaving
/// them in free pages: a row past retention is gone from the file's bytes, not just unlinked.
/// Each call opens its own unpooled connection, so the file is closed between calls.
/// </remarks>
public sealed class InsightsStore
{
    private const string DayFormat = "yyyy-MM-dd";

    private readonly string _connectionString;
    private readonly Lazy<bool> _schema;

    public InsightsStore(IOptions<InsightsOptions> options, IOptions<IndexOptions> knowledge)
    {
        Path = DatabasePath(options.Value, knowledge.Value);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            DefaultTimeout = 30,
        }.ToString();
        _schema = new Lazy<bool>(CreateSchema, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The database file.</summary>
    public string Path { get; }

    public static string DatabasePath(InsightsOptions options, IndexOptions knowledge) =>
        string.IsNullOrWhiteSpace(options.DatabasePath)
            ? System.IO.Path.Combine(knowledge.DataPath, "insights", "insights.db")
            : options.DatabasePath;

    /// <summary>
    /// Adds the entries' counts (questions or votes) and their logged questions, in one transaction.
    /// Entries with the same day, channel, language, outcome (or vote) and card are added as one
    /// count: a busy minute of the same few cards is a few upserts, not one per question (measured
    /// in docs/performance.md: one upsert per question took over a third of a cached answer's CPU).
    /// </summary>
    public void Write(IReadOnlyCollection<InsightsEntry> entries)
    {
        var questions = entries.Where(e => e.Vote is null)
            .CountBy(e => (Day: Day(e.Day), e.Channel, e.Language, e.Outcome, Card: e.CardId ?? string.Empty));
        var votes = entries.Where(e => e.Vote is not null)
            .CountBy(e => (Day: Day(e.Day), e.Channel, e.Language, Card: e.CardId ?? string.Empty, Vote: e.Vote!));
        var logged = entries.Where(e => e is { UnansweredOutcome: not null, Text: not null });
        using var connection = Open();
        using var transaction = connection.BeginTransaction();
        RunForEach(
            connection,
            """
            INSERT INTO question_counts (day, channel, language, outcome, card, count) VALUES ($day, $channel, $language, $outcome, $card, $count)
            ON CONFLICT (day, channel, language, outcome, card) DO UPDATE SET count = count + excluded.count
            """,
            ["$day", "$channel", "$language", "$outcome", "$card", "$count"],
            questions.Select(q => new object[] { q.Key.Day, q.Key.Channel, q.Key.Language, q.Key.Outcome, q.Key.Card, q.Value }));
        RunForEach(
            connection,
            """
            INSERT INTO feedback_counts (day, channel, language, card, vote, count) VALUES ($day, $channel, $language, $card, $vote, $count)
            ON CONFLICT (day, channel, language, card, vote) DO UPDATE SET count = count + excluded.count
            """,
            ["$day", "$channel", "$language", "$card", "$vote", "$count"],
            votes.Select(v => new object[] { v.Key.Day, v.Key.Channel, v.Key.Language, v.Key.Card, v.Key.Vote, v.Value }));
        RunForEach(
            connection,
            "INSERT INTO unanswered (day, channel, language, outcome, card, question) VALUES ($day, $channel, $language, $outcome, $card, $question)",
            ["$day", "$channel", "$language", "$outcome", "$card", "$question"],
            logged.Select(e => new object[] { Day(e.Day), e.Channel, e.Language, e.UnansweredOutcome!, e.CardId ?? string.Empty, e.Text! }));
        transaction.Commit();
    }

    /// <summary>Deletes every row of a day before <paramref name="firstKeptDay"/>; returns how many.</summary>
    public int DeleteBefore(DateOnly firstKeptDay)
    {
        using var connection = Open();
        using var transaction = connection.BeginTransaction();
        var deleted = Execute(connection, "DELETE FROM question_counts WHERE day < $day", ("$day", Day(firstKeptDay)))
            + Execute(connection, "DELETE FROM feedback_counts WHERE day < $day", ("$day", Day(firstKeptDay)))
            + Execute(connection, "DELETE FROM unanswered WHERE day < $day", ("$day", Day(firstKeptDay)));
        transaction.Commit();
        return deleted;
    }

    /// <summary>Question counts from <paramref name="since"/> on, by day, channel, language, outcome and card.</summary>
    public IReadOnlyList<QuestionCount> Counts(DateOnly since)
    {
        using var connection = Open();
        using var command = Command(connection, "SELECT day, channel, language, outcome, card, count FROM question_counts WHERE day >= $day ORDER BY day", ("$day", Day(since)));
        using var reader = command.ExecuteReader();
        var rows = new List<QuestionCount>();
        while (reader.Read())
        {
            rows.Add(new QuestionCount(
                ParseDay(reader.GetString(0)), reader.GetString(1), reader.GetString(2), reader.GetString(3),
                reader.GetString(4) is { Length: > 0 } card ? card : null, reader.GetInt64(5)));
        }
        return rows;
    }

    /// <summary>Unanswered and unsure questions from <paramref name="since"/> on, newest first, at most <paramref name="limit"/>.</summary>
    public IReadOnlyList<UnansweredQuestion> Unanswered(DateOnly since, int limit)
    {
        using var connection = Open();
        using var command = Command(
            connection, "SELECT id, day, channel, language, outcome, question, card FROM unanswered WHERE day >= $day ORDER BY id DESC LIMIT $limit",
            ("$day", Day(since)), ("$limit", limit));
        using var reader = command.ExecuteReader();
        var rows = new List<UnansweredQuestion>();
        while (reader.Read())
        {
            rows.Add(new UnansweredQuestion(reader.GetInt64(0), ParseDay(reader.GetString(1)), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetString(5))
            {
                CardId = reader.GetString(6) is { Length: > 0 } card ? card : null,
            });
        }
        return rows;
    }

    /// <summary>Vote counts from <paramref name="since"/> on, by day, channel, language, card and vote.</summary>
    public IReadOnlyList<FeedbackCount> FeedbackCounts(DateOnly since)
    {
        using var connection = Open();
        using var command = Command(connection, "SELECT day, channel, language, card, vote, count FROM feedback_counts WHERE day >= $day ORDER BY day", ("$day", Day(since)));
        using var reader = command.ExecuteReader();
        var rows = new List<FeedbackCount>();
        while (reader.Read())
        {
            rows.Add(new FeedbackCount(ParseDay(reader.GetString(0)), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetInt64(5)));
        }
        return rows;
    }

    private SqliteConnection Open()
    {
        _ = _schema.Value;
        return OpenConnection();
    }

    private SqliteConnection OpenConnection()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        // Per connection: deleted rows are overwritten in the file, not left in free pages.
        Execute(connection, "PRAGMA secure_delete = ON");
        return connection;
    }

    private bool CreateSchema()
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path))!);
        using var connection = OpenConnection();
        Execute(
            connection,
            """
            CREATE TABLE IF NOT EXISTS question_counts (
              day TEXT NOT NULL, channel TEXT NOT NULL, language TEXT NOT NULL, outcome TEXT NOT NULL, card TEXT NOT NULL, count INTEGER NOT NULL,
              PRIMARY KEY (day, channel, language, outcome, card));
            CREATE TABLE IF NOT EXISTS unanswered (
              id INTEGER PRIMARY KEY AUTOINCREMENT, day TEXT NOT NULL, channel TEXT NOT NULL, language TEXT NOT NULL, outcome TEXT NOT NULL, question TEXT NOT NULL,
              card TEXT NOT NULL DEFAULT '');
            CREATE INDEX IF NOT EXISTS unanswered_day ON unanswered (day);
            CREATE TABLE IF NOT EXISTS feedback_counts (
              day TEXT NOT NULL, channel TEXT NOT NULL, language TEXT NOT NULL, card TEXT NOT NULL, vote TEXT NOT NULL, count INTEGER NOT NULL,
              PRIMARY KEY (day, channel, language, card, vote));
            """);
        // A database made before votes existed: its log gains the card column (empty for old rows).
        using var columns = Command(connection, "SELECT COUNT(*) FROM pragma_table_info('unanswered') WHERE name = 'card'");
        if (Convert.ToInt64(columns.ExecuteScalar(), CultureInfo.InvariantCulture) == 0)
        {
            Execute(connection, "ALTER TABLE unanswered ADD COLUMN card TEXT NOT NULL DEFAULT ''");
        }
        return true;
    }

    private static int Execute(SqliteConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        using var command = Command(connection, sql, parameters);
        return command.ExecuteNonQuery();
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }
        return command;
    }

    /// <summary>Prepares <paramref name="sql"/> once and runs it for each row, the row's values bound to <paramref name="names"/> in order.</summary>
    private static void RunForEach(SqliteConnection connection, string sql, string[] names, IEnumerable<object[]> rows)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in names)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }
        command.Prepare();
        foreach (var row in rows)
        {
            for (var i = 0; i < row.Length; i++)
            {
                command.Parameters[i].Value = row[i];
            }
            command.ExecuteNonQuery();
        }
    }

    private static string Day(DateOnly day) => day.ToString(DayFormat, CultureInfo.InvariantCulture);

    private static DateOnly ParseDay(string day) => DateOnly.ParseExact(day, DayFormat, CultureInfo.InvariantCulture);
}
