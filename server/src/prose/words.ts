/** Word lists shared by the prose detectors (lowercase). */

export const STOP_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'nor', 'so', 'yet', 'of', 'in', 'on', 'at', 'to', 'for', 'from', 'by', 'with', 'without',
  'about', 'into', 'onto', 'over', 'under', 'after', 'before', 'during', 'through', 'between', 'among', 'toward', 'towards', 'up',
  'down', 'out', 'off', 'as', 'than', 'then', 'that', 'this', 'these', 'those', 'there', 'here', 'it', 'its', "it's", 'is', 'am',
  'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'having', 'do', 'does', 'did', 'doing', 'will', 'would',
  'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'not', 'no', 'yes', 'if', 'when', 'while', 'where', 'which', 'who',
  'whom', 'whose', 'what', 'why', 'how', 'all', 'any', 'each', 'every', 'both', 'either', 'neither', 'some', 'such', 'own', 'same',
  'other', 'another', 'also', 'too', 'very', 'just', 'only', 'again', 'further', 'once', 'more', 'most', 'much', 'many', 'few',
  'i', 'me', 'my', 'mine', 'myself', 'we', 'us', 'our', 'ours', 'ourselves', 'you', 'your', 'yours', 'yourself', 'he', 'him',
  'his', 'himself', 'she', 'her', 'hers', 'herself', 'they', 'them', 'their', 'theirs', 'themselves', 'themself', 'one', 'via',
  'per', 'upon', 'because', 'since', 'until', 'though', 'although', 'however', 'within', 'around', 'across', 'along', 'against',
]);

export const PRONOUNS: ReadonlySet<string> = new Set([
  'he', 'she', 'they', 'him', 'her', 'them', 'his', 'hers', 'their', 'theirs', 'himself', 'herself', 'themselves', 'themself',
  'mr', 'ms', 'mrs', 'mx', 'miss', 'ze', 'zir', 'xe', 'xem', 'xyr', "he's", "she's", "they're", "they've", "he'd", "she'd", "they'd",
]);

/** Words that stand for "the member" in notes that avoid names. */
export const MEMBER_NOUNS: ReadonlySet<string> = new Set([
  'client', 'member', 'patient', 'pt', 'participant', 'individual', 'consumer', 'resident', 'veteran', 'youth', 'student', 'writer',
]);

export const NUMBER_WORDS: ReadonlySet<string> = new Set([
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen',
  'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty',
  'ninety', 'hundred', 'once', 'twice', 'half', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth',
  'ninth', 'tenth', 'several', 'few', 'couple', 'dozen', 'single', 'double', 'triple',
]);

export const WEEKDAYS_AND_MONTHS: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs',
  'fri', 'sat', 'sun', 'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'today', 'yesterday', 'tomorrow',
  'weekend', 'tonight',
]);

/** Filler that says nothing specific about a member in a group note (for GN302's word count). */
export const GENERIC_NOTE_WORDS: ReadonlySet<string> = new Set([
  'group', 'groups', 'session', 'sessions', 'member', 'members', 'client', 'clients', 'patient', 'patients', 'pt', 'participant',
  'attended', 'attend', 'attends', 'attending', 'participated', 'participate', 'participates', 'participating', 'participation',
  'appropriate', 'appropriately', 'well', 'good', 'fine', 'ok', 'okay', 'today', 'discussed', 'discussion', 'discuss', 'topic',
  'topics', 'feelings', 'support', 'supportive', 'provided', 'therapy', 'therapist', 'facilitator', 'writer', 'noted', 'note',
  'continue', 'continues', 'continued', 'current', 'plan', 'stable', 'engaged', 'engagement', 'active', 'actively', 'benefit',
  'appeared', 'seemed', 'presented', 'present', 'overall', 'progress', 'making', 'made', 'doing', 'better', 'concerns', 'changes',
  'monitor', 'time', 'shared', 'processed', 'coping', 'skills', 'gained', 'insight', 'receptive', 'feedback', 'listened',
  'attentively', 'cooperative', 'tolerated', 'wnl', 'mood', 'affect', 'also', 'other', 'others', 'peers', 'peer', 'issues',
  'things', 'stuff', 'various', 'general', 'generally', 'usual', 'week', 'weeks', 'day', 'days', 'interventions', 'intervention',
  'response', 'responded', 'behavior', 'behaviour', 'assessment', 'data',
]);
