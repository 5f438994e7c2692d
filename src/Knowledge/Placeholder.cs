namespace KnowYourRights.Knowledge; internal static class Placeholder { }
