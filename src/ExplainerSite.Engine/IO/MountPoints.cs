using System.Text;

namespace Pipework.IO;

/// <summary>
/// Whether a folder is a mount point (Linux: <c>/proc/self/mountinfo</c>). A mount point cannot be renamed
/// ("Device or resource busy"), so the output folder is then staged and swapped inside itself.
/// </summary>
public static class MountPoints
{
    /// <summary>True when <paramref name="realPath"/> is a mount point of this machine.</summary>
    public static bool Contains(string realPath)
    {
        const string table = "/proc/self/mountinfo";
        if (!OperatingSystem.IsLinux() || !File.Exists(table)) return false;
        try
        {
            // Field 5 is the mount point, with spaces, tabs, newlines and backslashes written as octal escapes.
            return File.ReadLines(table).Select(line => line.Split(' ')).Where(f => f.Length > 4)
                .Any(f => RealPath.AreSame(Unescape(f[4]), realPath));
        }
        catch (IOException)
        {
            return false;
        }
    }

    private static string Unescape(string field)
    {
        if (!field.Contains('\\')) return field;
        var bytes = new List<byte>();
        for (var i = 0; i < field.Length; i++)
        {
            if (field[i] == '\\' && IsOctal(field, i + 1))
            {
                bytes.Add(Convert.ToByte(field.Substring(i + 1, 3), 8));
                i += 3;
            }
            else bytes.AddRange(Encoding.UTF8.GetBytes(field[i].ToString()));
        }
        return Encoding.UTF8.GetString([.. bytes]);
    }

    private static bool IsOctal(string s, int start) =>
        start + 3 <= s.Length && s.Substring(start, 3).All(c => c is >= '0' and <= '7');
}
