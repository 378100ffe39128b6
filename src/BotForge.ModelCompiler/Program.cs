using BotForge.Simulation.Nlu;

// botforge-model-compiler FOLDER: writes FOLDER/models/<model>.ort<ONNX Runtime version>.ort, the sentence model as
// the CLI reads it fastest. Run by the CLI's publish (and so by ./botforge and dotnet pack), never by users.
if (args.Length != 1)
{
    Console.Error.WriteLine("usage: BotForge.ModelCompiler FOLDER");
    return 2;
}

try
{
    Console.WriteLine(SentenceEncoder.Ship(args[0]));
    return 0;
}
catch (IOException e)
{
    Console.Error.WriteLine($"BotForge.ModelCompiler: {e.Message}");
    return 1;
}
