namespace PoliceSocial.Benchmarks;

/// <summary>A realistic mix of desk mentions: short and long, English and Welsh, urgent and everyday.</summary>
public static class SampleMentions
{
    public static readonly string[] Texts =
    [
        "@SWPolice is the A470 still closed at Storey Arms after the crash?",
        "There's a man with a knife outside the Spar on Bridge Street right now, please hurry",
        "Thanks to the officers at the carnival today, brilliant job everyone 👏",
        "My bike was stolen from outside Cardiff Central between 8am and 6pm, red Specialized, frame number WSBC123456",
        "How do I get a crime reference number for my insurance? Reported online last week and heard nothing",
        "Mae dyn gyda chyllell tu allan i'r tŷ, dewch nawr plis",
        "Diolch yn fawr i'r swyddogion am eich help ddoe",
        "Follow me for crypto signals 💰💰 100x guaranteed http://bit.ly/xyz",
        "Ydy'r A55 ar gau o hyd ger Conwy?",
        "Group of youths throwing stones at buses on the Heath estate again this evening, third night running",
        "ACAB",
        "RT @WMPolice: Can you help us find 15-year-old Jake who is missing from Penarth? Call 101 quoting 2300412345",
        "Someone is breaking into the house next door right now, I can hear glass smashing, 22 Ash Grove",
        "Absolutely useless, rang 101 and waited an hour, nobody cares about burglaries any more",
        "Does anyone know why the helicopter has been circling over Roath for the last hour?",
        "Sheep loose on the A470 near Rhayader, drivers swerving",
    ];
}
