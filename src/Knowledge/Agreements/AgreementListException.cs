namespace KnowYourRights.Knowledge.Agreements;

/// <summary>A spreadsheet or list that is not a readable, believable copy of ICE's 287(g) list; the message says why.</summary>
public sealed class AgreementListException(string message, Exception? inner = null) : Exception(message, inner);
