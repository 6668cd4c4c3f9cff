namespace Timeline.Extraction.Dates;

/// <summary>
/// The first day of the Chinese lunar year, computed rather than tabled: the day, in China's time zone (UTC+8), of the
/// second new moon after the December solstice. New moons follow Meeus, Astronomical Algorithms, ch. 49 (the main
/// periodic terms, good to minutes); the solstice his mean formula of ch. 27 (good to well under a day). The rule
/// fails only in years with a leap eleventh or twelfth month (the next is 2033).
/// </summary>
internal static class LunarNewYear
{
    private const double SynodicMonth = 29.530588861;

    private const double UtcPlus8 = 8.0 / 24;

    public static DateOnly Of(int year)
    {
        var solstice = DecemberSolstice(year - 1);
        var k = Math.Floor((solstice - 2451550.09766) / SynodicMonth);
        while (NewMoon(k) > solstice)
        {
            k--;
        }

        // k is now the last new moon on or before the solstice: the New Year is two moons later.
        var newMoons = 0;
        while (newMoons < 2)
        {
            k++;
            if (NewMoon(k) > solstice)
            {
                newMoons++;
            }
        }

        return CivilDay(NewMoon(k) + UtcPlus8);
    }

    private static double DecemberSolstice(int year)
    {
        var y = (year - 2000) / 1000.0;
        return 2451900.05952 + (365242.74049 * y) - (0.06223 * y * y) - (0.00823 * y * y * y) + (0.00032 * y * y * y * y);
    }

    private static double NewMoon(double k)
    {
        var t = k / 1236.85;
        var jde = 2451550.09766 + (SynodicMonth * k) + (0.00015437 * t * t) - (0.000000150 * t * t * t);
        var e = 1 - (0.002516 * t) - (0.0000074 * t * t);
        var m = Radians(2.5534 + (29.10535670 * k) - (0.0000014 * t * t));
        var mm = Radians(201.5643 + (385.81693528 * k) + (0.0107582 * t * t));
        var f = Radians(160.7108 + (390.67050284 * k) - (0.0016118 * t * t));
        var omega = Radians(124.7746 - (1.56375588 * k) + (0.0020672 * t * t));
        return jde
            - (0.40720 * Math.Sin(mm))
            + (0.17241 * e * Math.Sin(m))
            + (0.01608 * Math.Sin(2 * mm))
            + (0.01039 * Math.Sin(2 * f))
            + (0.00739 * e * Math.Sin(mm - m))
            - (0.00514 * e * Math.Sin(mm + m))
            + (0.00208 * e * e * Math.Sin(2 * m))
            - (0.00111 * Math.Sin(mm - (2 * f)))
            - (0.00057 * Math.Sin(mm + (2 * f)))
            + (0.00056 * e * Math.Sin((2 * mm) + m))
            - (0.00042 * Math.Sin(3 * mm))
            + (0.00042 * e * Math.Sin(m + (2 * f)))
            + (0.00038 * e * Math.Sin(m - (2 * f)))
            - (0.00024 * e * Math.Sin((2 * mm) - m))
            - (0.00017 * Math.Sin(omega));
    }

    private static double Radians(double degrees) => degrees % 360 * Math.PI / 180;

    /// <summary>The calendar day of a Julian date (days begin at midnight, Julian dates at noon).</summary>
    private static DateOnly CivilDay(double julianDate) => DateOnly.FromDayNumber((int)Math.Floor(julianDate + 0.5) - 1721426);
}
