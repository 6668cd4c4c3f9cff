using System.Globalization;

namespace Timeline.Bench.Archive;

/// <summary>How an article written on one day refers to the day of a story, the way newsrooms do.</summary>
public static class DatePhrases
{
    public static string For(DateOnly story, DateOnly published, Random random)
    {
        var gap = published.DayNumber - story.DayNumber;
        var roll = random.Next(100);
        if (roll < 4 && story.Month == published.Month && story.Year == published.Year && gap > 0)
        {
            return "earlier this month";
        }

        if (roll < 6 && story.Year == published.Year && story.Month == published.Month - 1)
        {
            return "last month";
        }

        if (gap is >= 1 and <= 5 && roll < 60)
        {
            return "on " + story.DayOfWeek.ToString();
        }

        return story.Year == published.Year
            ? "on " + story.ToString("MMMM d", CultureInfo.InvariantCulture)
            : "on " + story.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture);
    }
}
