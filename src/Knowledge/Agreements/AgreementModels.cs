namespace KnowYourRights.Knowledge.Agreements;

/// <summary>ICE's three 287(g) support types, as its spreadsheets spell them.</summary>
public static class AgreementModels
{
    public const string JailEnforcement = "Jail Enforcement Model";
    public const string WarrantServiceOfficer = "Warrant Service Officer";
    public const string TaskForce = "Task Force Model";

    public static readonly IReadOnlyList<string> All = [JailEnforcement, WarrantServiceOfficer, TaskForce];

    /// <summary>The model's usual name for a reader ("Jail Enforcement Model"), in English or Spanish.</summary>
    public static string Name(string model, string language) => language == Text.Language.Spanish
        ? model switch
        {
            JailEnforcement => "modelo de cárcel (Jail Enforcement)",
            WarrantServiceOfficer => "Warrant Service Officer (órdenes de ICE en la cárcel)",
            TaskForce => "Task Force (fuerza de tarea en la calle)",
            _ => model,
        }
        : model;

    /// <summary>A cell's model, spelled as the list spells it (ICE's cells carry stray spaces), or null when it is none of the three.</summary>
    public static string? Parse(string value)
    {
        var normalized = PlaceNames.Normalize(value);
        return All.FirstOrDefault(m => PlaceNames.Normalize(m) == normalized)
            ?? (normalized.Contains("jail", StringComparison.Ordinal) ? JailEnforcement
            : normalized.Contains("warrant", StringComparison.Ordinal) ? WarrantServiceOfficer
            : normalized.Contains("task force", StringComparison.Ordinal) ? TaskForce
            : null);
    }
}
