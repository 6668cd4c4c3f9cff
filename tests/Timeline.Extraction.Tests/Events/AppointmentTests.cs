using Timeline.Extraction.Model;

namespace Timeline.Extraction.Tests.Events;

/// <summary>Nominated, confirmed, sworn in, took office: an appointment of the person to an office of their country.</summary>
public sealed class AppointmentTests
{
    public static TheoryData<string, string, string, string, string> Appointments => new()
    {
        // sentence, published, appointment date, the appointee, the office's country
        { "President Donald Trump nominated David Perdue on Tuesday as ambassador to China.", "2025-05-01", "2025-04-29", "david-perdue", "united-states" },
        { "The Senate confirmed David Perdue as ambassador to China on Tuesday.", "2025-05-01", "2025-04-29", "david-perdue", "united-states" },
        { "Former senator David Perdue was confirmed on Tuesday as U.S. ambassador to China.", "2025-05-01", "2025-04-29", "david-perdue", "united-states" },
        { "The Senate confirmed Nicholas Burns as U.S. ambassador to China on Thursday.", "2021-12-18", "2021-12-16", "nicholas-burns", "united-states" },
        { "Nicholas Burns was sworn in as ambassador to China on Friday.", "2022-04-02", "2022-04-01", "nicholas-burns", "united-states" },
        { "Xie Feng took office as China's ambassador to the United States on Tuesday.", "2023-05-27", "2023-05-23", "xie-feng", "china" },
    };

    [Theory]
    [MemberData(nameof(Appointments))]
    public void APersonnelVerbReportsAnAppointmentOfThePersonWithTheOfficesCountry(string sentence, string published, string date, string person, string country)
    {
        var result = Extracting.Article(Extracting.Opening + sentence, published);

        var appointment = Assert.Single(result.Events);
        Assert.Equal(EventType.Appointment, appointment.Type);
        Assert.Null(appointment.CameoCode);
        Assert.Equal(date, appointment.Date.ToString());
        Extracting.AssertParticipants(appointment, person, country);
        Extracting.AssertCites(result, appointment, sentence);
    }

    [Fact]
    public void ConfirmedWithoutAnOfficeNearbyIsNotAnAppointment()
    {
        const string sentence = "The foreign ministry confirmed on Tuesday that Chinese Foreign Minister Wang Yi had received the letter.";

        Assert.DoesNotContain(Extracting.Events(Extracting.Opening + sentence, "2024-06-14"), e => e.Type == EventType.Appointment);
    }
}
