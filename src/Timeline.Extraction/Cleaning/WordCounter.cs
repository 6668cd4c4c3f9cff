namespace Timeline.Extraction.Cleaning;

internal static class WordCounter
{
    /// <summary>Counts runs of letters or digits.</summary>
    public static int Count(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = char.IsLetterOrDigit(c);
            if (letter && !inWord)
            {
                count++;
            }

            inWord = letter;
        }

        return count;
    }
}
