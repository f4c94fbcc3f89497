namespace Nexus.Text.Models.Parsing;

/// <summary>
/// A configuration of the arc-eager transition system over one sentence: position 0 is the
/// artificial root, words are 1..n. Mutable by design (one per parse, never shared).
/// </summary>
internal sealed class ArcEagerState
{
    public const int Shift = 0;
    public const int Reduce = 1;
    public const int LeftArc = 2;
    public const int RightArc = 3;
    public const int ActionCount = 4;

    private readonly int[] _stack;

    public ArcEagerState(int words)
    {
        Words = words;
        _stack = new int[words + 1];
        Heads = new int[words + 1];
        Labels = new int[words + 1];
        Leftmost = new int[words + 1];
        Rightmost = new int[words + 1];
        Leftmost2 = new int[words + 1];
        Rightmost2 = new int[words + 1];
        LeftLabels = new ulong[words + 1];
        RightLabels = new ulong[words + 1];
        LeftCount = new int[words + 1];
        RightCount = new int[words + 1];
        Array.Fill(Heads, -1);
        Array.Fill(Labels, -1);
        Array.Fill(Leftmost, -1);
        Array.Fill(Rightmost, -1);
        Array.Fill(Leftmost2, -1);
        Array.Fill(Rightmost2, -1);
        StackCount = 1;
        Buffer = 1;
    }

    public int Words { get; }

    /// <summary>Head position of each position (-1 while unattached).</summary>
    public int[] Heads { get; }

    public int[] Labels { get; }

    public int[] Leftmost { get; }

    public int[] Rightmost { get; }

    /// <summary>The second-leftmost child of each position, or -1.</summary>
    public int[] Leftmost2 { get; }

    public int[] Rightmost2 { get; }

    /// <summary>The set of labels on each position's left children, one bit per label (modulo 64).</summary>
    public ulong[] LeftLabels { get; }

    public ulong[] RightLabels { get; }

    public int[] LeftCount { get; }

    public int[] RightCount { get; }

    public int StackCount { get; private set; }

    /// <summary>The next buffer position; the buffer is empty once it passes <see cref="Words"/>.</summary>
    public int Buffer { get; private set; }

    public bool IsTerminal => Buffer > Words;

    /// <summary>The i-th item from the stack top, or -1.</summary>
    public int Stack(int i) => i < StackCount ? _stack[StackCount - 1 - i] : -1;

    public bool InStack(int position)
    {
        for (var i = 0; i < StackCount; i++)
        {
            if (_stack[i] == position)
            {
                return true;
            }
        }
        return false;
    }

    public bool IsValid(int action) => action switch
    {
        Shift => Buffer <= Words,
        Reduce => Stack(0) > 0 && Heads[Stack(0)] >= 0,
        LeftArc => Buffer <= Words && Stack(0) > 0 && Heads[Stack(0)] < 0,
        RightArc => Buffer <= Words && (Stack(0) != 0 || RightCount[0] == 0),
        _ => false,
    };

    public void Apply(int action, int label)
    {
        switch (action)
        {
            case Shift:
                _stack[StackCount++] = Buffer++;
                break;
            case Reduce:
                StackCount--;
                break;
            case LeftArc:
                Attach(Buffer, Stack(0), label);
                StackCount--;
                break;
            case RightArc:
                Attach(Stack(0), Buffer, label);
                _stack[StackCount++] = Buffer++;
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(action));
        }
    }

    private void Attach(int head, int dependent, int label)
    {
        Heads[dependent] = head;
        Labels[dependent] = label;
        if (dependent < head)
        {
            LeftCount[head]++;
            LeftLabels[head] |= 1UL << (label & 63);
            if (Leftmost[head] < 0 || dependent < Leftmost[head])
            {
                Leftmost2[head] = Leftmost[head];
                Leftmost[head] = dependent;
            }
            else if (Leftmost2[head] < 0 || dependent < Leftmost2[head])
            {
                Leftmost2[head] = dependent;
            }
        }
        else
        {
            RightCount[head]++;
            RightLabels[head] |= 1UL << (label & 63);
            if (dependent > Rightmost[head])
            {
                Rightmost2[head] = Rightmost[head];
                Rightmost[head] = dependent;
            }
            else if (dependent > Rightmost2[head])
            {
                Rightmost2[head] = dependent;
            }
        }
    }
}
