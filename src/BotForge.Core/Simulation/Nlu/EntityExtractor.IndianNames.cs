using System.Text.RegularExpressions;

namespace BotForge.Simulation.Nlu;

/// <summary>
/// A person's name answered in the script of an Indian language, read as the platform's name detector for that
/// language reads it (chatbot_ner lists the words per language): in a conversation in Hindi, Marathi, Tamil, Telugu,
/// Gujarati or Bengali, at the name's prompt, the answer with all but the language's letters taken out, then its common words
/// ("है", "இருந்து") and the words people write beside a name ("मेरा", "नाम", "என்", "பெயர்") left out; what is
/// left, up to four words written together in the answer, is the name ("मेरा नाम राहुल शर्मा है" gives "राहुल शर्मा").
/// An answer with a question word ("क्या", "என்ன") gives none; one with no name in the script is read for a name in
/// Latin letters, as in English. Python's and .NET's letters alike: a mark (the vowel sign of "राहुल") is part of its
/// word here, as the detector cuts the text at spaces, not at word characters.
/// </summary>
public sealed partial class EntityExtractor
{
    /// <summary>The name words of the conversation's language, where the platform reads names in its script; null in any other.</summary>
    private readonly NameWords? _nameWords = language is null ? null : NameWords.For(Model.BotInfo.BaseLanguage(language));

    /// <summary>The name in an Indian language's script the answer gives (or, with none, one in Latin letters); null when none.</summary>
    private static EntityValue? IndianName(string message, NameWords words)
    {
        var tokens = message.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Any(words.Question.Contains))
        {
            return null;
        }

        // The words (cut at spaces, as the detector cuts them) that are neither common nor written beside a name, then
        // cut at any whitespace, as the detector reads the name it is left with.
        var script = words.NotScript.Replace(message, string.Empty);
        var name = string.Join(' ', script.Split(' ').Where(w => !words.Common.Contains(w) && !words.NearName.Contains(w))
            .SelectMany(w => w.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
        if (name.Length > 0 && name.Split(' ').Length <= 4 && script.Contains(name, StringComparison.Ordinal))
        {
            return new EntityValue(name, name);
        }

        // No name in the script: one written in Latin letters, read as in English.
        return LatinLetters().IsMatch(message) && NotLatin().Replace(message, string.Empty).Trim() is { Length: > 0 } latin
            ? PersonName(latin, prompted: true, tagged: true)
            : null;
    }

    [GeneratedRegex("[a-zA-Z]", RegexOptions.CultureInvariant)]
    private static partial Regex LatinLetters();

    [GeneratedRegex(@"[^a-zA-Z\s]+", RegexOptions.CultureInvariant)]
    private static partial Regex NotLatin();

    /// <summary>
    /// One language's words for reading a name (chatbot_ner's name lists, the words of one token; those of several
    /// can never equal a word of the answer, which it compares word by word): its common words, the words written
    /// beside a name, its question words, and its script's block.
    /// </summary>
    private sealed class NameWords(string range, string common, string nearName, string question)
    {
        public Regex NotScript { get; } = new($@"[^{range}\s]+", RegexOptions.CultureInvariant);

        public HashSet<string> Common { get; } = [.. common.Split(' ')];

        public HashSet<string> NearName { get; } = [.. nearName.Split(' ')];

        public HashSet<string> Question { get; } = [.. question.Split(' ')];

        public static NameWords? For(string language) => language switch
        {
            "hi" => Hindi,
            "mr" => Marathi,
            "ta" => Tamil,
            "te" => Telugu,
            "gu" => Gujarati,
            "bn" => Bengali,
            _ => null,
        };

        private static NameWords Hindi => field ??= new(
            @"\u0900-\u097F",
            "अत अपना अपनी अपने अभी अंदर आदि आप इत्यादि इनका इन्हीं इन्हें इन्हों इस इसका इसकी इसके इसमें इसी इसे उन उनका उनकी उनके उनको उन्हीं उन्हें उन्हों उस उसके उसी उसे एक एवं एस ऐसे और कई कर करता करते करना करने करें कहते कहा का काफ़ी कि कितना किन्हें किन्हों किया किर किस किसी किसे की कुछ कुल के को कोई कौन कौनसा गया घर जब जहाँ जा जितना जिन जिन्हें जिन्हों जिस जिसे जीधर जैसा जैसे जो तक तब तरह तिन तिन्हें तिन्हों तिस तिसे तो था थी थे दबारा दिया दुसरा दूसरे दो द्वारा न नके नहीं ना निहायत नीचे ने पर पहले पूरा पे फिर बनी बही बहुत बाद बाला बिलकुल भी भीतर मगर मानो मे में यदि यह यहाँ यही या यिह ये रखें रहा रहे ऱ्वासा लिए लिये लेकिन व वग़ैरह वर्ग वह वहाँ वहीं वाले वुह वे सकता सकते सबसे सभी साथ साबुत साभ सारा से सो संग ही हुआ हुई हुए है हैं हो होता होती होते होना होन हूँ",
            "मुझे हमें मुझको हमको हमे लोग नाम से कहते बुलाते बुलाओ मैं हम मै हमारा मेरा",
            "क्या कब कहा क्यों कौन जिसे जिसका कैसे कितने");

        private static NameWords Marathi => field ??= new(
            @"\u0900-\u097F",
            "म्हणून आमचे माझे आमचा आता आत आपण इत्यादी मध्ये त्यांचे या हे त्याचा त्याची सारखे त्याला त्या त्यांना ते एक आणि अशा अनेक कर करते करा करण्यासाठी म्हणा म्हणाले च्या पुरेसा किती जे केले पात्र चुंबन कोणतीही काही एकूण कोणीतरी कोणता गेले घर कधी कोठे जा जिन ज्या जीस जसे पर्यंत मग प्रकार तीन तेरा तिस तिसे तर होते डबारा दिली दुसरा इतर दोन द्वारा नाही नुके स्थूल तळ आहे चालू पहिला संपूर्ण पुन्हा पुस्तक खूप नंतर बाला अगदी परंतु मी येथे किंवा ठेवा राहिले आहेत ऱ्वासा श्रेणी तो तेथे तिथेच विषयावर सगळ्यांकडून सर्व सह जमा पासून फक्त झाले हुआ हं हो घडले असेल घडते",
            "आमचा आमचे आम्ही नाव पासून माझे मी म्हणा लोक",
            "काय कधी म्हणाले ज्या कोणाची कसे किती");

        private static NameWords Tamil => field ??= new(
            @"\u0B80-\u0BFF",
            "எனவே நம்முடையது என்னுடையது இப்போது உள்ளே நீங்கள் இல் அவர்களது இவை இது அதன் அவரது இதில் அதே அவரை அந்த அவர்களுக்கு ஒன்று மற்றும் கள் அத்தகைய நிறைய வரி செய்யும் செய் செய்ய செய்யுங்கள் சொல் கூறினார் போதும் எவ்வளவு எந்த செய்தது பாத்திரம் முத்தம் ஏதேனும் சில மொத்தம் க்கு யாரோ சென்றது வீடு எப்பொழுது எங்கே போ ஜின் யாரை ஜிஸ் என போன்ற வரை பிறகு கருணை மூன்று பதின்மூன்று முப்பது அவள் அதனால் இருந்தது இருந்தன தபாரா கொடுத்தார் இரண்டாவது மற்றவைகள் இரண்டு வழங்கியவர் இல்லை அணு மொத்தமாக கீழே உள்ளது ஆன் முதல் முழு மீண்டும் செய்து நூல் மிகவும் பாலா முற்றிலும் ஆனால் நான் என்றால் இங்கே அல்லது வை தங்கியிருந்தார் உள்ளன ருவாசா வகை அவர் அங்கே அங்கேயே தான் வு அவர்கள் முடியும் எல்லாவற்றிலிருந்தும் அனைத்தும் உடன் கடன் இருந்து மட்டும் நடந்தது ஹுய் இருக்கிறது ஹு ஹோ நடக்கும் வேண்டும் நிகழ்கிறது முடிந்தது",
            "அழைப்பு இருந்து எங்களுக்கு என் என்னை சொல் நமது நாங்கள் நான் பெயர் மக்கள்",
            "என்ன எப்பொழுது கூறினார் ஏன் யாரை யாருடைய எப்படி எத்தனை");

        private static NameWords Telugu => field ??= new(
            @"\u0C00-\u0C7F",
            "అందువల్ల మాది నాది ఇప్పుడు లోపల మీరు లో వారి ఇవి ఇది దాని తన ఇందులో అదే అతన్ని ఆ వాళ్లకి వాటిని హిమ్ ఒకటి మరియు అలాంటివి చాలా పన్ను చేస్తుంది చేయండి చెయ్యవలసిన చెప్పండి అన్నారు యొక్క చాలు ఎంత ఏది చేసింది పాత్ర ముద్దు ఏదైనా కొన్ని మొత్తం కు ఎవరైనా పోయింది ఇల్లు ఎప్పుడు ఎక్కడ వెళ్ళండి ఉన్నంత జిన్ ఎవరిని జిస్ గా వంటి అది వరకు అప్పుడు రకం మూడు థ్రీటీన్ ముప్పై ఆమె కాబట్టి ఉంది ఉండేది దబారా ఇచ్చారు రెండవ ఇతరులు రెండు ద్వారా కాదు న్యూక్ లేదు స్థూలంగా దిగువ పై ప్రధమ మళ్ళీ మేడ్ పుస్తకం తరువాత బాలా ఖచ్చితంగా కానీ లాగా నేను ఉంటే ఇక్కడ లేదా ఉంచండి ఉండిపోయింది ఉన్నాయి ర్వాసా కోసం వర్గం అతను అక్కడ అక్కడే వుహ్ వాళ్ళు చెయ్యవచ్చు కెన్ అన్నీ తో క్రెడిట్ నుండి మాత్రమే జరిగింది హుయ్ హుహ్ హో జరుగుతుంది సంభవిస్తుంది పూర్తి",
            "చెప్పండి నా నాకు నుండి నేను పేరు ప్రజలు మా మేము",
            "ఏమిటి ఎప్పుడు అన్నారు ఎందుకు ఎవరిని ఎవరిది ఎలా ఎన్ని");

        private static NameWords Bengali => field ??= new(
            @"\u0980-\u09FF",
            "আগামী সেখানে উচিত নিতে সামনে করছে আবার বন হচ্ছে কত করেই উপরে করা এই হল পারেন নাকি সঙ্গেও কোটি জানানো হইতে এমনি যখন র জনকে নাগাদ নিয়ে কিছুই মধ্যে মাধ্যমে করেছিলেন করাই চালু পাচ বিষয়টি থেকে উপর পেয়্র্ দেন বা ফিরে নিজেদের উত্তর বলা তাঁদের পারি নয় কেন চান যতটা জনের মতো দেখতে বদলে অনুযায়ী ই অবশ্য গিয়ে বিভিন্ন হবেন ওখানে ইহা বেশি ওঁর অবধি যাওয়ার করেন তাদের করিয়ে জন্য পক্ষে চলে আপনি পেয়ে পরেও না মধ্যেও কাজে সি মোট দিয়েছেন মধ্যভাগে হওয়ার পর আমার ব্যবহার কী সব করবে গোটা তারা হিসাবে অথচ নাই হয়ে গেল পারে থাকেন যাকে প্রাথমিক কারণ সেটাই এখানেই কিন্তু কে করে কোন এখানে সেটা যেন হোক কোনো দিতে তথা কবে দিলেন মনে সেটাও কিংবা তার দেখা অনেক হয়েই দ্বারা বিনা যেতে জ্নজন নানা কয়েকটি ব্যাপারে থাকে তাঁর স্পষ্ট হয়নি তাহাতে হয়েছে দেওয়া তাঁরা তাঁকে নিজেই শুধু এঁরা যারা চেষ্টা এবার থাকায় আমাদের টি নিজে দিন করিতে তেমন এতে কি দিকে জন্যওজে ওই জানা হলেও থাকবে এটি তাকে হাজার দুটো কয়েক হইয়া প্রভৃতি কিছু নিজের সঙ্গে স্বয়ং হতে তুমি ছাড়াও বলেন যথেষ্ট অনেকেই সম্প্রতি এঁদের আরও চেয়ে থাকা আগেই বলতে যদিও কমনে থেকেই বসে তিনিও আজ হবে এসে করি আগে হয়তো উনি যাওয়া তারপর গেছে তো রকম এখনও তাও করেছে হওয়া প্রতি একে আমরা ফলে মধ্যেই জানতে আদ্যভাগে সুতরাং বলল বহু ছিল দেওয়ার অন্য জন এটা বক্তব্য তুলে যত ওকে তখন এর ক্ষেত্রে রয়েছে সেটি অতএব সেই নেওয়া হয়েছিল যেখানে তোমার নতুন দেখে হয়েছেন চায় প্রায় সেখান রেখে কাছে যাঁরা এক্ এতটাই ছাড়া ভাবে সহ করবেন যান যাচ্ছে তাঁাহারা একটি চার ও সহিত তাহার হইবে হতেই সমস্ত দিয়েছে ফের কেখা জানিয়ে মাত্র যাঁর থাকবেন অনেকে খুব বরং রাখা হলো যার এল আর ওঁরা বললেন ঐ থেকেও পরেই অন্তত হলে অর্থাত আমাকে একবার ওদের ধরে অথবা যায় হওয়ায় কেউ গিয়েছে তা বি প্রযন্ত ভাবেই ছিলেন হলেই করছেন করলে এ এত জানায় দেয় নেওয়ার ইত্যাদি প্রথম যা পর্যন্ত বিশেষ ওর বাদে তিনি মতোই আমি এরা এমন এস তিনঐ কেউই সাধারণ ওঁদের তবু যিনি যে বলে করতে কাজ গেলে এটাই কাছ কাউকে সে হৈলে তারৈ লক্ষ হত পি বেশ এব বার জানিয়েছে কোনও নেই করিয়া কখনও তত যদি একই শুরু গুলি ধরা তাতে করায় হয় আপনার করেছেন করলেন মোটেই যাবে হন এবং দিয়ে বলেছেন যাদের যাতে আই জে তবে তাহা সবার যেমন তাই করার আছে ধামার পাওয়া এদের পরে ওরা এমনকী কারও দুই দু এখন দুটি ঠিক তাহলে",
            "আমার আমি বলে",
            "কোথায় কাকে কার কেন কে কি কখন যা");

        private static NameWords Gujarati => field ??= new(
            @"\u0A80-\u0AFF",
            "તેથી આપણું ખાણ આપણો હવે અંદર તમે માં તેમના આ તેના તેને તે તેમને એક અને આવા ઘણા કર કરવું કરો કહો કહ્યું ના પૂરતૂ કેટલુ જે કર્યું પાત્ર ચુંબન કોઈપણ કેટલાક કુલ પ્રતિ કોઈ ગયો ઘર ક્યારે જ્યાં જાઓ જીન જેમને જીસ જેમ કે સુધી પછી દયાળુ ત્રણ તેર ત્રીસ હતી હતા ડબારા આપ્યો બીજી અન્ય બે દ્વારા નથી નુકે નીચે છે ચાલુ પ્રથમ સંપૂર્ણ પર ફરી પુસ્તક ખૂબ બાલા સંપૂર્ણપણે પણ પરંતુ હું જો અહીં અથવા રાખવું રહ્યા ર્વાસા માટે વર્ગ તેમણે ત્યાં રાશિઓ વહુ તેઓ બધા સાથે જમા થી માત્ર બન્યું હુઈ હુ હો હશે",
            "અમારા અમારો અમે કહો થી નામ બોલાવો મને મારા હું",
            "શું ક્યારે કહ્યું જેમને જેની કેટલા");
    }
}
