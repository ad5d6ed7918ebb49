namespace GenesysCloud.Emulator;

internal static class EmulatorProgram
{
    public static async Task<int> Main(string[] args)
    {
        await Task.CompletedTask;
        return args.Length;
    }
}
