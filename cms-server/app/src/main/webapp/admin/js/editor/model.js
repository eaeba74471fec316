// The item being edited as a request body (the shape POST/PUT /items take), paths into it, and
// the field-by-field comparison a stale save (409) shows.

/** The request body that would save an editorial view unchanged. */
export function requestOf(view) {
  const request = {
    column: view.column,
    slug: view.slug ?? '',
    translationKey: view.translationKey ?? '',
    title: view.title ?? '',
    summary: view.summary ?? '',
    body: view.body ?? '',
    source: view.source ?? '',
    tags: [...(view.tags ?? [])],
  };
  if (view.type === 'policy') request.policy = { keywords: [], ...(view.policy ?? {}) };
  if (view.type === 'interpretation') {
    request.interpretation = {
      interprets: (view.interprets ?? []).map((ref) => ref.id),
      form: view.interpretationForm ?? 'text',
    };
  }
  if (view.type === 'guide') request.guide = structuredClone(view.guide ?? {});
  if (view.type === 'form') request.form = { fileId: view.file?.id ?? null };
  return request;
}

/** An empty request of a type. */
export function emptyRequest(type, column) {
  return requestOf({ type, column, tags: [] });
}

/** The value at a path such as `policy.docNo` or `guide.materials[2].form`. */
export function getPath(object, path) {
  return splitPath(path).reduce((value, key) => (value == null ? undefined : value[key]), object);
}

/** Sets the value at a path, creating objects and arrays on the way. */
export function setPath(object, path, value) {
  const keys = splitPath(path);
  let target = object;
  keys.slice(0, -1).forEach((key, i) => {
    if (target[key] == null) target[key] = typeof keys[i + 1] === 'number' ? [] : {};
    target = target[key];
  });
  target[keys[keys.length - 1]] = value;
}

/** The path that encloses a path: `tags[1]` → `tags`, `policy.docNo` → `policy`, `title` → ''. */
export function parentPath(path) {
  const trimmed = path.replace(/(\[\d+\]|\.[^.[\]]+)$/, '');
  return trimmed === path ? '' : trimmed;
}

function splitPath(path) {
  return path
    .split(/\.|\[(\d+)\]/)
    .filter((part) => part !== undefined && part !== '')
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/** Fields (leaves; lists count as one value) of a request, as path → value. */
export function flatten(request, prefix = '', into = {}) {
  for (const [key, value] of Object.entries(request ?? {})) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value && typeof value === 'object' && !Array.isArray(value)) flatten(value, path, into);
    else into[path] = value;
  }
  return into;
}

/** The same value for comparing: empty strings, nulls and empty lists are all "nothing". */
export function normal(value) {
  if (value === undefined || value === null || value === '') return null;
  if (Array.isArray(value) && value.length === 0) return null;
  return JSON.stringify(value);
}

/**
 * What someone else changed: the fields where `current` differs from what was `loaded`, each with
 * their value and the editor's own value now.
 */
export function theirChanges(loaded, current, mine) {
  const before = flatten(loaded);
  const theirs = flatten(current);
  const own = flatten(mine);
  const paths = new Set([...Object.keys(before), ...Object.keys(theirs)]);
  return [...paths]
    .filter((path) => normal(before[path]) !== normal(theirs[path]))
    .map((path) => ({ path, theirs: theirs[path], mine: own[path], before: before[path] }));
}

/** A request body ready to send: blank optional texts left out, list texts trimmed. */
export function cleaned(request) {
  const copy = structuredClone(request);
  for (const key of ['summary', 'source', 'slug', 'translationKey']) {
    if (typeof copy[key] === 'string' && copy[key].trim() === '') delete copy[key];
  }
  copy.tags = (copy.tags ?? []).map((tag) => tag.trim()).filter(Boolean);
  if (copy.policy) {
    for (const [key, value] of Object.entries(copy.policy)) {
      if (value === '' || value === null) delete copy.policy[key];
    }
    copy.policy.keywords = (copy.policy.keywords ?? []).map((k) => k.trim()).filter(Boolean);
  }
  if (copy.guide) {
    for (const [key, value] of Object.entries(copy.guide)) {
      if (value === '' || value === null) delete copy.guide[key];
    }
    if (copy.guide.process) copy.guide.process = copy.guide.process.map((s) => s.trim()).filter(Boolean);
    if (copy.guide.timeLimit) {
      const { statutoryDays, promisedDays } = copy.guide.timeLimit;
      copy.guide.timeLimit = {};
      if (statutoryDays != null) copy.guide.timeLimit.statutoryDays = statutoryDays;
      if (promisedDays != null) copy.guide.timeLimit.promisedDays = promisedDays;
      if (statutoryDays == null && promisedDays == null) delete copy.guide.timeLimit;
    }
    if (copy.guide.materials) {
      copy.guide.materials = copy.guide.materials.map((m) => {
        const row = { name: m.name ?? '' };
        if (m.form != null) row.form = m.form;
        if (m.copies != null) row.copies = m.copies;
        if (m.original != null) row.original = m.original;
        if (m.required != null) row.required = m.required;
        return row;
      });
    }
    for (const key of ['materials', 'process', 'forms']) {
      if (Array.isArray(copy.guide[key]) && copy.guide[key].length === 0) delete copy.guide[key];
    }
  }
  return copy;
}
