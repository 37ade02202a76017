/**
 * Words that carry no theme in English and Spanish comments, written accent-folded (the form
 * `foldAccents` gives) so one list serves "está" and "esta". Besides the usual function words it
 * holds the fillers of opinion answers ("like", "think", "really", "gustar"), which every theme shares.
 */
const english = `
a about above after again against all almost also although always am among an and another any anybody
anyone anything are aren't around as at be because been before being below between both but by can
can't cannot could couldn't did didn't do does doesn't doing don't done down during each either else
enough etc even ever every everyone everything few for from further get gets getting go goes going gone
got had hadn't has hasn't have haven't having he he'd he'll he's her here here's hers herself him himself
his how how's however i i'd i'll i'm i've if im in into is isn't it it's its itself just let's lot lots
like liked likes may maybe me might more most much must mustn't my myself need needs neither no nor not
now of off often on once one ones only or other others otherwise ought our ours ourselves out over own
per please quite rather really said same say says seem seems shall shan't she she'd she'll she's should
shouldn't since so some something such than thank thanks that that's the their theirs them themselves
then there there's these they they'd they'll they're they've thing things think this those though through
thus to too toward towards under until up upon us very via want wants was wasn't way we we'd we'll we're
we've well were weren't what what's whatever when when's where where's whether which while who who's
whom whose why why's will with within without won't would wouldn't yes yet you you'd you'll you're
you've your yours yourself yourselves
n/a na ok okay etc also already still yet
`;

const spanish = `
a al algo alguien algun alguna algunas alguno algunos ambos ante antes aquel aquella aquellas aquellos
aqui asi aun aunque bien cada casi como con contra cual cuales cualquier cuando cuanto de del desde
donde dos el ella ellas ello ellos en entonces entre era eramos eran eres es esa esas ese eso esos esta
estaba estaban estado estamos estan estar estas este esto estos estoy fue fuera fueron gracias gusta
gustan gustaria ha habia habian han has hasta hay he hemos hola la las le les lo los mas me mi mia mias
mientras mio mios mis mismo misma mismos mismas mucha muchas mucho muchos muy nada ni ningun ninguna
ninguno no nos nosotras nosotros nuestra nuestras nuestro nuestros o os otra otras otro otros para pero
poco por porque pues que quien quienes se sea sean segun ser si sido siempre sin sino sobre solo son
soy su sus suya suyo tal tambien tampoco tan tanto te tenemos tener tengo tenia ti tiene tienen toda
todas todavia todo todos tu tus un una unas uno unos usted ustedes va vamos van y ya yo creo creemos
puede pueden podria debe deben deberia hacer hace
`;

// Chinese two-character pieces (see tokenize.ts) that every opinion shares: "I think", "should",
// "because", "if", "we", "this", "not have"..., in traditional and simplified characters.
const chinese = `
我覺 覺得 我認 認為 我們 你們 他們 應該 可以 如果 因為 所以 但是 就是 沒有 這個 這些 一個 還是 已經 不是
這樣 那麼 什麼 自己 以及 或是 而且 只是 的話 不會 不能 能夠 可能 其實 目前 現在 希望 覺得 是否 的是 是在
觉得 认为 我们 你们 他们 应该 因为 没有 这个 这些 一个 还是 已经 这样 那么 什么 而且 只是 不会 能够 可能 其实 现在
`;

/** The folded stop words of both languages (a word is looked up after lower-casing and folding accents). */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `${english}\n${spanish}\n${chinese}`
    .split(/\s+/)
    .filter((word) => word.length > 0),
);
