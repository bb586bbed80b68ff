/**
 * What went wrong with an app, when the review says it only as a verb ("crashes several times a day",
 * "too slow", "won't load"): app reviews often name no thing, so the reply would otherwise apologise in
 * general. Read by the kind of fault, not by the review's words, and said in the owner's words:
 * "the app has been crashing".
 */
export interface AppFault {
  /** The fault as a statement after "I am sorry": "the app has been crashing". */
  statement: string;
  /** The fault word, for choosing the actions ("crash" → the developers). */
  fault: string;
  /** Where the review says it. */
  start: number;
  end: number;
}

const KINDS: Array<{ re: RegExp; says: string | ((match: string) => string); fault: string }> = [
  // an app that closes by itself has crashed, however it is put ("keeps shutting itself down", "closes for no reason")
  { re: /\b(?:crash(?:es|ed|ing)?|force[- ]clos(?:e|es|ed|ing)|(?:keeps?|kept) (?:shutting|closing|quitting|restarting)(?: down| off)?|restarts? (?:itself|on its own|by itself|randomly|for no reason|when (?:minimi[sz]ed|in the background))|shuts? (?:down|off) (?:on (?:me|its own)|by itself|randomly|constantly|all the time|every time)|clos(?:es|ed|ing) (?:by itself|on (?:me|its own)|randomly|unexpectedly|for no reason))\b/i, says: 'has been crashing', fault: 'crash' },
  // an account the app will not let them into, or throws them out of: said as that, not as "not working"
  { re: /\b(?:(?:keeps?|kept|always|constantly)\s+(?:logging|signing|kicking|throwing)\s+(?:me|us)\s+out|(?:logs?|logged|signs?|signed|kicks?|kicked)\s+(?:me|us)\s+out\s+(?:every|each|all the time|constantly|randomly|again|for no reason|whenever|after)|(?:can['’]?t|cannot|could(?:n['’]?t| not)|unable to|not able to|won['’]?t let (?:me|us))\s+(?:even\s+)?(?:log|sign)\s*(?:in|on)(?:to)?)\b/i, says: (m) => (/out$/i.test(m) || /\bout\b/i.test(m) ? 'has been logging you out' : 'has not let you log in'), fault: 'login' },
  { re: /\b(?:freez(?:es|ing)|froze(?:n)?|hangs|hanging|hung up|(?:to|will|would|does|it|and|always|often|sometimes|keeps?|constantly)\s+hang\b(?!\s+(?:out|on|up|around|onto))|(?<!\b(?:i|we|you|he|she|they)\s+)(?:gets?|got|getting|is|was|it['’]?s|and|always) stuck|unresponsive|(?:stops?|stopped) responding|not responding)\b/i, says: 'has been freezing', fault: 'crash' },
  // "disappointingly slow", "humongous, slow": an adverb or a list before it says so too
  { re: /\b(?:[a-z]{3,}ly slow(?:er)?\b|(?<=,\s?)slow\b(?!\s+(?:motion|down|cook))|(?:too|very|s+o+|really|extremely|painfully|dam|damn|is|was|are|were|it['’]?s|getting|became|become|and|still|super|incredibly|unbearably|terribly|awfully|ridiculously|quite|pretty|always) slow(?:er)?|^\s*slow\b(?!\s+(?:motion|down|cook))|crawl(?:s|ing)\b|slow(?:er)? to (?:load|open|start)|(?:way|to+|unbel\w*|incredib\w*|terribl[ey]|horribl[ey]|awful|insanely|crazy|extreme)\s+slow(?:er)?\b(?!\s+(?:motion|down|cook|internet|connection|network|phone|device|data|wi-?fi))|(?:very|so|too|is|it['’]?s)\s+\uD83D\uDC0C|(?:horrible|terrible|awful|slow|long|bad|poor)\s+(?:page\s+)?load(?:ing)?\s+times?|(?:loading|load time|startup|start-up)\s+(?:is\s+|was\s+)?(?:taking|takes?|took)\s+(?:way\s+)?(?:too|so|very)\s+long|(?:takes?|took|taking)\s+(?:a\s+)?(?:bit\s+(?:of\s+)?|long\s+|lot\s+of\s+)?(?:time|while)\s+to\s+(?:load|open|start)|slo{3,}w|slowest|slower|laggy|lags|lagging|sluggish|(?:takes?|took|taking)\s+(?:\S+\s+){0,2}?(?:forever|ages|so long|too long|(?:so|too) much time|a long time|\d+\s*(?:s|secs?|seconds?|mins?|minutes?))\s+(?:for\s+(?:a|the|each|every)\s+\w+\s+)?to\s+(?:load|open|start|respond))\b/i, says: 'has been so slow', fault: 'slow' },
  {
    re: /\b(?:(?:(?:does|do|did|will|would|wo|ca|can|could)(?:n['’]?t| not)|cannot)\s+(?:even\s+)?(?:work|load|open|start|connect|log ?in|sign ?in|use (?:it|this|the app)|use(?=\s+(?:after|since|any ?more|now)\b|\s*[.!,]|\s*$))|(?:stopped|stops) working|no longer (?:works?|working|loads?|opens?)|(?:does|do)(?:n['’]?t| not)(?: work)? any ?more|not (?:working|loading|opening|work(?:s|ed)?|load|open)\b|nothing (?:loads|works|opens)|(?:is|was|it['’]?s|seems|completely|totally) broken|it broke\b|refus(?:es|ed|ing)? to (?:work|load|open|start|connect|play|download|sync)|won['’]?t (?:work|load|open|start))\b/i,
    says: 'has not been working for you',
    fault: 'broken',
  },
  // what it asks to reach on the phone ("needs access to my contacts and call logs", "keeps asking permission to
  // record audio"): the worry is heard, neither conceded nor argued
  { re: /\b(?:(?:keeps?|kept|always|constantly)\s+)?(?:ask(?:s|ed|ing)?\s+(?:for\s+)?(?:my\s+)?(?:permission|access)|need(?:s|ed)?\s+(?:my\s+)?(?:access|permission)|want(?:s|ed)?\s+(?:my\s+)?(?:access|permission)|requir(?:es|ed|ing)\s+(?:my\s+)?(?:access|permission))\s+(?:to|for)\s+(?:my\s+|access\s+(?:to\s+)?(?:my\s+)?)?(?:contacts?|location|call\s+(?:logs?|history)|camera|microphone|mic|photos?|gallery|sms|messages|storage|files|record(?:ing)?|audio|video)\b/i, says: 'has asked for permissions that worried you', fault: 'permissions' },
  // what it costs the phone: its battery, its storage, its memory ("drains my battery", "takes up so much space")
  { re: /\b(?:(?:drain|eat|ate|kill|suck|guzzl|burn|chew|destroy|devour|zap|hog|consum)\w*\s+(?:up\s+)?(?:\S+\s+){0,2}?batter(?:y|ies)|(?:us(?:e|es|ed|ing)|tak(?:e|es|ing))\s+(?:up\s+)?(?:many times |way )?(?:so much|too much|a lot of|lots of|more)\s+batter(?:y|ies)|batter(?:y|ies)\s+(?:drain(?:s|er|ing)?|hog|killer|eater)|(?:high|huge|heavy|massive|excessive|crazy|insane)\s+batter(?:y|ies)\s+(?:usage|use|consumption|drain))\b/i, says: 'has been draining your battery', fault: 'battery' },
  { re: /\b(?:(?:takes?|taking|took|uses?|using|eats?|eating|hogs?|hogging|occup(?:y|ies|ying)|wast(?:es|ed|ing)?)\s+(?:up\s+)?(?:(?!(?:little|less|minimal|small|tiny|no|hardly|barely)\b)\S+\s+){0,3}?(?:space|storage|memory|ram)\b(?!\s+(?:bar|key|button))(?!\s+(?:on|in)\s+(?:the\s+|my\s+|a\s+)?(?:\S+\s+){0,2}?(?:screens?|pages?|tabs?|bars?|toolbars?|display|windows?)\b)|make (?:space|room) for it|(?:memory|ram|resource|space|storage) hog|too\s+(?:big|large|huge|heavy)|(?:is|it['’]?s|so|too|very|really|getting|became|and)\s+bloated)\b/i, says: (m) => (/memory|ram|resource/i.test(m) ? 'has been using so much memory' : 'has been taking up so much space'), fault: 'size' },
];

/** Words that undo the fault just before it: "no crashes", "never freezes", "hasn't crashed once". */
const UNDONE = /\b(?:no|never|not|without|zero|hasn['’]?t|haven['’]?t|doesn['’]?t|didn['’]?t|rarely|hardly|fewer|less|used to)\s+(?:\S+\s+)?$/i;

/**
 * The app's fault, the first the review states and does not undo, or undefined. `thing` is what the
 * reply calls it ("the app", "the browser"); `only` keeps to those kinds of fault ("battery", "size").
 */
export function appFaultOf(review: string, thing = 'the app', only?: readonly string[]): AppFault | undefined {
  let best: AppFault | undefined;
  for (const k of KINDS) {
    if (only && !only.includes(k.fault)) continue;
    const re = new RegExp(k.re.source, 'gi');
    for (const m of review.matchAll(re)) {
      const at = m.index ?? 0;
      // "doesn't work" is itself a negation; for the others a negation just before undoes the fault
      if (k.fault !== 'broken' && UNDONE.test(review.slice(Math.max(0, at - 30), at))) continue;
      // an earlier improvement is not a fault met now: "used to crash, now fixed"
      if (/\b(?:fixed|solved|resolved|better now|no longer)\b/i.test(review.slice(at + m[0].length, at + m[0].length + 40))) continue;
      // "doesn't load fast" is slowness, not a failure to open: left to the slow kind or to none
      if (k.fault === 'broken' && /^\s+(?:quickly|fast|promptly|right away)\b/i.test(review.slice(at + m[0].length))) continue;
      if (!best || at < best.start) best = { statement: `${thing} ${typeof k.says === 'string' ? k.says : k.says(m[0])}`, fault: k.fault, start: at, end: at + m[0].length };
      break;
    }
  }
  return best;
}

/**
 * A part of the app the review asks for rather than reports broken: one it misses since a change ("where is the
 * home button?", "bring back the widget", "was removed") or one it wants ("I want a search widget like Chrome
 * has", "needs tabs at the bottom"). Read in the thing's own sentence. Apologising for "the home button" and
 * offering to "release a fix" for a thing that does not exist answers a report nobody made.
 */
const REMOVED = /\b(?:bring\s+(?:\S+\s+){0,3}?back|(?:is|are|has|have|was|were)\s+(?:now\s+)?(?:gone|disappeared|vanished|missing)|(?:disappeared|vanished)\b|where\s+(?:is|are|did|has|have)\b|(?:was|were|been|got|is|are|has\s+been|have\s+been)\s+(?:removed|taken\s+(?:away|out))|removed|no\s+longer\s+(?:has|have|there|available|an?\s+option)|used\s+to\s+(?:have|be\s+able)|(?:old|previous)\s+version\s+had)\b/i;
const WANTED = /\b(?:(?:i|we)\s+(?:really\s+|just\s+)?(?:want|wish|need|miss)|(?:i|we)\s+(?:would|'d)\s+(?:like|love)|needs?\s+(?:a|an|the|to\s+(?:have|add))?|please\s+add|(?:should|could|must)\s+(?:have|add|include|get)|would\s+be\s+(?:nice|great|good|helpful|useful)|(?:like|as)\s+(?:chrome|opera|safari|edge|brave|other\s+(?:browsers|apps)|the\s+(?:old|desktop)\s+version)\s+(?:has|have|does|do)|add\s+(?:a|an|the|some|back)\b|lacks?\b|lacking\b|no\s+(?:way|option)\s+to|(?:^|[.!?,;]\s*|\b(?:and|also|still|there\s+is|there's|has|have|with)\s+)no\s+(?:[\w-]+\s+){0,3}?(?:features?|options?|settings?|modes?|buttons?|widgets?|tabs?)\b)\b/i;
export function featureWish(review: string, start: number, end: number): 'removed' | 'wanted' | undefined {
  const from = Math.max(review.lastIndexOf('.', start - 1), review.lastIndexOf('!', start - 1), review.lastIndexOf('?', start - 1), review.lastIndexOf('\n', start - 1)) + 1;
  const stops = ['.', '!', '?', '\n'].map((c) => review.indexOf(c, end)).filter((i) => i >= 0);
  // "where is the home button?": the question mark is the sentence's own
  const to = stops.length ? Math.min(...stops) + 1 : review.length;
  const sentence = review.slice(from, to);
  // a thing that broke is reported, whatever else the sentence says ("the widget crashes, please fix")
  if (appFaultOf(sentence)) return undefined;
  if (REMOVED.test(sentence)) return 'removed';
  return WANTED.test(sentence) ? 'wanted' : undefined;
}

/**
 * What the app keeps them from doing, in their own words, where the review names no thing the reply can say:
 * "No option to move my saved lists to the memory card" (an option it lacks: a request), "I can't copy and paste text"
 * (something that does not work for them: a report). The words after the verb are said back with the person
 * turned ("my" → "your"), cut at the next clause, and only when they are a short, plain verb phrase; shouting
 * and anything longer fall back to the general apology.
 */
const MISSING = /\b(?:there\s+(?:is|'s|’s)\s+)?no\s+(?:option|way|setting|button)\s+(?:to|for)\s+/gi;
const CANNOT = /\b(?:i|we|you)?\s*(?:can['’]?t|cannot|can\s+not|could(?:n['’]?t|\s+not)|unable\s+to|not\s+able\s+to)\s+(?:even\s+|able\s+to\s+|be\s+able\s+to\s+)?/gi;
const CLAUSE_END = /^(?:but|because|since|so|though|although|which|when|unless|if|while|and\s+(?:it|i|the|this)|it|it['’]s|i|they|you|we|this|that|anymore|any\s+more|now|please|pls|plz|without\s+(?:the\s+)?(?:app|browser))$/i;
const TURN: Record<string, string> = { my: 'your', me: 'you', i: 'you', mine: 'yours', myself: 'yourself', our: 'your', us: 'you', we: 'you' };
// verbs a reviewer names a task with; the first word must be one of these shapes (a plain verb, never "be", "get it", a noun)
const TASK_VERB = /^(?:open|close|save|download|upload|install|uninstall|delete|remove|clear|copy|paste|share|send|sync|import|export|play|watch|stream|view|see|read|zoom|scroll|swipe|search|find|select|change|set|move|switch|turn|disable|enable|block|unblock|stop|pause|use|access|reach|log|sign|load|reload|refresh|print|type|enter|edit|add|pin|bookmark|restore|sort|organi[sz]e|group|rename|customi[sz]e|hide|show|mute|translate|run|visit|go|get\s+to|attach|choose|pick|set\s+up|exit|quit|back\s+up|transfer|fill|autofill|drag|tap|click|press|resize|rotate)$/i;
export interface CannotDo extends AppFault {
  /** 'missing': an option the app lacks (a request); 'cannot': something that does not work for them. */
  fault: 'missing' | 'cannot';
}
export function cannotDo(review: string, thing = 'the app'): CannotDo | undefined {
  const found: CannotDo[] = [];
  for (const [re, fault] of [[MISSING, 'missing'], [CANNOT, 'cannot']] as const) {
    for (const m of review.matchAll(new RegExp(re.source, re.flags))) {
      const at = (m.index ?? 0) + m[0].length;
      const sentenceEnd = review.slice(at).search(/[.!?;:()\n"“”]|,\s|\s-\s|$/);
      // "this app" is the app the reply is about: said as the reply says it
      // ("in this app" at the end says nothing the reply does not)
      const words = review.slice(at, at + sentenceEnd).replace(/\s+(?:in|on|with|using)\s+(?:this|the)\s+(?:app|browser|application)\s*$/i, '').replace(/\b(?:this|the)\s+(?:app|browser|application)\b/gi, thing).trim().split(/\s+/).filter(Boolean);
      const vp: string[] = [];
      for (const w of words) {
        if (vp.length >= 1 && CLAUSE_END.test(w)) break;
        vp.push(w);
      }
      while (vp.length && /^(?:the|a|an|to|in|on|of|for|with|via|by|at|into|and|or|from|as)$/i.test(vp[vp.length - 1]!)) vp.pop();
      const first = vp.slice(0, 2).join(' ');
      if (!vp.length || vp.length > 9 || !(TASK_VERB.test(vp[0]!) || TASK_VERB.test(first))) continue;
      // shouting, odd characters or a number run are not said back ("I C'ANT PLAY MSP")
      if (vp.some((w) => /^[\p{Lu}\d'’]{3,}$/u.test(w) && !/^(?:PDF|SD|URL|URLs|HTTPS?|HTML|PDFs|VPN|PIN|GIFs?|MP3|MP4|USB|TV|PC|UI)$/.test(w)) || vp.some((w) => !/^["'‘’]?[\p{L}\d][\p{L}\d'’&/+-]*["'‘’]?$/u.test(w))) continue;
      const said = vp.map((w) => TURN[w.toLowerCase()] ?? w).join(' ');
      found.push({ fault, start: m.index ?? 0, end: at + sentenceEnd, statement: fault === 'missing' ? `${thing} does not yet let you ${said}` : `you have not been able to ${said}` });
      break;
    }
  }
  return found.sort((a, b) => a.start - b.start)[0];
}
