namespace PoliceSocial.Classification.Model;

/// <summary>
/// The features of a prepared mention (<see cref="MentionText.Prepare"/>): word unigrams and bigrams and character
/// trigrams, hashed into <see cref="Dimension"/> slots, counted and L2-normalised. Hashing needs no vocabulary to ship
/// or load, and featurising a mention costs microseconds, which is what lets the desk classify tens of thousands a second.
/// </summary>
public static class MentionFeatures
{
    public const int Dimension = 1 << 18;

    public static SparseFeatures Extract(string rawText)
    {
        var text = MentionText.Prepare(rawText);
        var counts = new Dictionary<int, float>(64);
        uint previousWord = 0;
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '\'');
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                var word = text.AsSpan(start, i - start);
                var hash = Hash(word, 0x9E3779B9u);
                Add(counts, hash);
                if (previousWord != 0)
                {
                    Add(counts, Mix(previousWord, hash));
                }

                previousWord = hash;
                start = -1;
            }
        }

        // Character trigrams over the words with a space each side, so word starts and ends count too.
        Span<char> gram = stackalloc char[3];
        var spaced = $" {text} ";
        for (var i = 0; i + 3 <= spaced.Length; i++)
        {
            gram[0] = spaced[i];
            gram[1] = spaced[i + 1];
            gram[2] = spaced[i + 2];
            if (gram[1] != ' ')
            {
                Add(counts, Hash(gram, 0x85EBCA6Bu));
            }
        }

        var indices = new int[counts.Count];
        var values = new float[counts.Count];
        var norm = 0f;
        var n = 0;
        foreach (var (index, count) in counts)
        {
            indices[n] = index;
            values[n] = count;
            norm += count * count;
            n++;
        }

        Array.Sort(indices, values);
        norm = MathF.Sqrt(norm);
        for (var i = 0; i < values.Length && norm > 0; i++)
        {
            values[i] /= norm;
        }

        return new SparseFeatures(indices, values);
    }

    private static void Add(Dictionary<int, float> counts, uint hash)
    {
        var slot = (int)(hash & (Dimension - 1));
        counts[slot] = counts.GetValueOrDefault(slot) + 1;
    }

    private static uint Hash(ReadOnlySpan<char> value, uint seed)
    {
        var hash = 2166136261u ^ seed;
        foreach (var c in value)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash == 0 ? 1 : hash;
    }

    private static uint Mix(uint first, uint second) => (first * 0x27D4EB2Du ^ second) * 16777619u | 1;
}

/// <summary>A sparse feature vector: sorted slot indices and their values.</summary>
public readonly record struct SparseFeatures(int[] Indices, float[] Values);
