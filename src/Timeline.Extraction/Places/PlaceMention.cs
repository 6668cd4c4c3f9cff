namespace Timeline.Extraction.Places;

/// <summary>A place named at [Start, End) of the text, under its canonical city name ("the Great Hall of the People" → "Beijing").</summary>
public sealed record PlaceMention(string Name, int Start, int End, string? Country = null);
