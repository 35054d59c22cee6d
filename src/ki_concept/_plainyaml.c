/*
 * ki_concept._plainyaml: the plain block YAML reader of ki_concept.fastyaml, in C.
 *
 * It reads the same part of YAML as fastyaml._Reader, line by line, and builds the same
 * dicts, lists and strings. It gives up (returns None) wherever that reader gives up, and
 * may give up more often; the caller then reads the text with the Python reader. Scalars
 * the core schema does not read as text (numbers, booleans, null) are resolved by the
 * Python function passed in, so the typing rules live in one place (source.resolve_plain).
 * tests/test_plainyaml.py checks this module against the Python reader and the reference
 * parser.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <string.h>

typedef struct {
    Py_ssize_t indent;     /* column of the frame's keys or dashes */
    PyObject *container;   /* borrowed: owned by its parent, or the root */
    int is_map;
    PyObject *pending;     /* mapping: key whose value is a placeholder None (borrowed) */
    int seq_pending;       /* sequence: the last item is a placeholder None */
    Py_ssize_t key_indent; /* a mapping's key column; -1 for a sequence */
} Frame;

typedef struct {
    const char *buf;       /* UTF-8, CRLF made LF, ending in '\n' */
    Py_ssize_t len;
    int last_line_open;    /* the original text did not end with a line break */
    Py_ssize_t max_depth;
    PyObject *resolve;
    PyObject *memo;        /* text -> resolved value */
    Frame *stack;
    Py_ssize_t depth;
    PyObject *keys[512];   /* interned keys: the same few words recur all through a file */
} Reader;

/* Result of a helper: a new reference, or one of these. */
#define UNSUPPORTED ((PyObject *)1)

static const char INDICATORS[] = "-?:,[]{}#&*!|>'\"%@`";
static const char SPECIAL_START[] = "-+.0123456789~nNtTfF";

static int in_set(char c, const char *set) { return c != 0 && strchr(set, c) != NULL; }
static int is_digit(char c) { return c >= '0' && c <= '9'; }
static int is_key_start(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_'; }
static int is_key_char(char c) { return is_key_start(c) || is_digit(c) || c == '-'; }

static int has_pending(const Frame *f) { return f->is_map ? f->pending != NULL : f->seq_pending; }

static Py_ssize_t find(const char *s, Py_ssize_t n, const char *needle, Py_ssize_t m)
{
    for (Py_ssize_t i = 0; i + m <= n; i++)
        if (s[i] == needle[0] && memcmp(s + i, needle, (size_t)m) == 0) return i;
    return -1;
}

static Py_ssize_t rstrip_spaces(const char *s, Py_ssize_t n)
{
    while (n > 0 && s[n - 1] == ' ') n--;
    return n;
}

static int is_word(const char *s, Py_ssize_t n, const char *word)
{
    return (Py_ssize_t)strlen(word) == n && memcmp(s, word, (size_t)n) == 0;
}

/* The core schema's null and boolean words: never text, so never keys. */
static int is_non_text_key(const char *s, Py_ssize_t n)
{
    static const char *words[] = {"null", "Null", "NULL", "true", "True", "TRUE",
                                  "false", "False", "FALSE", NULL};
    for (int i = 0; words[i]; i++)
        if (is_word(s, n, words[i])) return 1;
    return 0;
}

static PyObject *text(const char *s, Py_ssize_t n) { return PyUnicode_DecodeUTF8(s, n, "strict"); }

/* A key (ASCII by construction), shared between all mappings that use it. */
static PyObject *key_text(Reader *r, const char *s, Py_ssize_t n)
{
    unsigned h = 2166136261u;
    for (Py_ssize_t i = 0; i < n; i++) h = (h ^ (unsigned char)s[i]) * 16777619u;
    PyObject **slot = &r->keys[h & 511];
    PyObject *cached = *slot;
    if (cached && PyUnicode_GET_LENGTH(cached) == n &&
        memcmp(PyUnicode_1BYTE_DATA(cached), s, (size_t)n) == 0) {
        Py_INCREF(cached);
        return cached;
    }
    PyObject *key = PyUnicode_FromStringAndSize(s, n);
    if (key == NULL) return NULL;
    Py_XSETREF(*slot, key);
    Py_INCREF(key);
    return key;
}

/* The core schema's null and boolean words and short decimal integers, as resolve_plain
 * reads them; NULL with no error set for anything else. */
static PyObject *resolve_common(const char *s, Py_ssize_t n)
{
    if (is_word(s, n, "~") || is_word(s, n, "null") || is_word(s, n, "Null") ||
        is_word(s, n, "NULL"))
        Py_RETURN_NONE;
    if (is_word(s, n, "true") || is_word(s, n, "True") || is_word(s, n, "TRUE"))
        Py_RETURN_TRUE;
    if (is_word(s, n, "false") || is_word(s, n, "False") || is_word(s, n, "FALSE"))
        Py_RETURN_FALSE;
    Py_ssize_t i = (s[0] == '-' || s[0] == '+') ? 1 : 0;
    if (n - i < 1 || n - i > 18) return NULL; /* longer ones: Python's int() and its limit */
    long long value = 0;
    for (Py_ssize_t j = i; j < n; j++) {
        if (!is_digit(s[j])) return NULL;
        value = value * 10 + (s[j] - '0');
    }
    return PyLong_FromLongLong(s[0] == '-' ? -value : value);
}

/* source.resolve_plain, remembered per text. */
static PyObject *resolve(Reader *r, const char *s, Py_ssize_t n)
{
    if (is_digit(s[0]) && n > 4 && s[4] == '-' && is_digit(s[3]))
        return text(s, n); /* NNNN-...: a date, or other text; never a number */
    if (in_set(s[0], SPECIAL_START)) {
        PyObject *common = resolve_common(s, n);
        if (common != NULL || PyErr_Occurred()) return common;
        if (is_key_start(s[0])) return text(s, n); /* a letter: only those words are not text */
    }
    PyObject *t = text(s, n);
    if (t == NULL || !in_set(s[0], SPECIAL_START)) return t;
    PyObject *hit = PyDict_GetItemWithError(r->memo, t);
    if (hit != NULL) {
        Py_DECREF(t);
        Py_INCREF(hit);
        return hit;
    }
    if (PyErr_Occurred()) {
        Py_DECREF(t);
        return NULL;
    }
    PyObject *value = PyObject_CallOneArg(r->resolve, t);
    if (value != NULL && PyDict_SetItem(r->memo, t, value) < 0) Py_CLEAR(value);
    Py_DECREF(t);
    return value;
}

/* Nothing, or a comment after at least one space. */
static int rest_is_comment(const char *s, Py_ssize_t n)
{
    Py_ssize_t i = 0;
    while (i < n && s[i] == ' ') i++;
    return i == n || (s[i] == '#' && i > 0);
}

/* A one-line plain scalar, comment removed (fastyaml._plain). */
static PyObject *plain(Reader *r, const char *s, Py_ssize_t n, int flow)
{
    if (n == 0) return UNSUPPORTED;
    char first = s[0];
    if (in_set(first, INDICATORS) && !(first == '-' && n > 1 && (is_digit(s[1]) || s[1] == '.')))
        return UNSUPPORTED;
    if (flow) {
        for (Py_ssize_t i = 0; i < n; i++)
            if (in_set(s[i], "[]{}\"'#:")) return UNSUPPORTED;
    } else if (find(s, n, ": ", 2) >= 0 || s[n - 1] == ':') {
        return UNSUPPORTED;
    }
    return resolve(r, s, n);
}

/* A quoted scalar ending on its line, then nothing or a comment (fastyaml._quoted). */
static PyObject *quoted(const char *s, Py_ssize_t n)
{
    char quote = s[0];
    Py_ssize_t i = 1, escapes = 0;
    for (;;) {
        if (i >= n) return UNSUPPORTED;
        char c = s[i];
        if (quote == '"') {
            if (c == '"') break;
            if (c == '\\') {
                if (i + 1 < n && (s[i + 1] == '"' || s[i + 1] == '\\')) {
                    i += 2;
                    escapes++;
                    continue;
                }
                return UNSUPPORTED;
            }
        } else if (c == '\'') {
            if (i + 1 < n && s[i + 1] == '\'') {
                i += 2;
                escapes++;
                continue;
            }
            break;
        }
        i++;
    }
    if (!rest_is_comment(s + i + 1, n - i - 1)) return UNSUPPORTED;
    if (escapes == 0) return text(s + 1, i - 1);
    char *out = PyMem_Malloc((size_t)i);
    if (out == NULL) return PyErr_NoMemory();
    Py_ssize_t k = 0;
    for (Py_ssize_t j = 1; j < i; j++) {
        if (s[j] == (quote == '"' ? '\\' : '\'')) j++; /* \" \\ or '' stand for one character */
        out[k++] = s[j];
    }
    PyObject *value = text(out, k);
    PyMem_Free(out);
    return value;
}

/* [a, b] or {k: v, ...} of plain scalars on one line (fastyaml._flow). */
static PyObject *flow(Reader *r, const char *s, Py_ssize_t n)
{
    int is_list = s[0] == '[';
    const char *end = memchr(s, is_list ? ']' : '}', (size_t)n);
    if (end == NULL) return UNSUPPORTED;
    Py_ssize_t close = end - s;
    if (!rest_is_comment(s + close + 1, n - close - 1)) return UNSUPPORTED;
    const char *inner = s + 1;
    Py_ssize_t inner_n = close - 1, lead = 0;
    while (lead < inner_n && inner[lead] == ' ') lead++;
    PyObject *result = is_list ? PyList_New(0) : PyDict_New();
    if (result == NULL || lead == inner_n) return result;
    Py_ssize_t start = 0;
    while (start <= inner_n) {
        const char *comma = memchr(inner + start, ',', (size_t)(inner_n - start));
        Py_ssize_t stop = comma ? comma - inner : inner_n;
        Py_ssize_t a = start, b = stop;
        while (a < b && inner[a] == ' ') a++;
        b = rstrip_spaces(inner, b);
        if (a == b) goto unsupported;
        if (is_list) {
            PyObject *item = plain(r, inner + a, b - a, 1);
            if (item == NULL || item == UNSUPPORTED) goto fail_item;
            int bad = PyList_Append(result, item);
            Py_DECREF(item);
            if (bad) goto error;
        } else {
            Py_ssize_t sep = find(inner + a, b - a, ": ", 2);
            if (sep <= 0) goto unsupported;
            const char *k = inner + a;
            Py_ssize_t kn = sep;
            if (is_non_text_key(k, kn) || !is_key_start(k[0])) goto unsupported;
            for (Py_ssize_t i = 1; i < kn; i++)
                if (!is_key_char(k[i])) goto unsupported;
            Py_ssize_t v = a + sep + 2;
            while (v < b && inner[v] == ' ') v++;
            if (v == b) goto unsupported;
            PyObject *key = key_text(r, k, kn);
            if (key == NULL) goto error;
            int seen = PyDict_Contains(result, key);
            if (seen != 0) {
                Py_DECREF(key);
                if (seen < 0) goto error;
                goto unsupported;
            }
            PyObject *item = plain(r, inner + v, b - v, 1);
            if (item == NULL || item == UNSUPPORTED) {
                Py_DECREF(key);
                goto fail_item;
            }
            int bad = PyDict_SetItem(result, key, item);
            Py_DECREF(key);
            Py_DECREF(item);
            if (bad) goto error;
        }
        if (comma == NULL) break;
        start = stop + 1;
        continue;
    fail_item:
        if (PyErr_Occurred()) goto error;
        goto unsupported;
    }
    return result;
unsupported:
    Py_DECREF(result);
    return UNSUPPORTED;
error:
    Py_DECREF(result);
    return NULL;
}

/* The scalar or flow collection after "key: " or "- " (fastyaml._value). */
static PyObject *value_of(Reader *r, const char *s, Py_ssize_t n)
{
    char first = s[0];
    if (first == '"' || first == '\'') return quoted(s, n);
    if (first == '[' || first == '{') return flow(r, s, n);
    if (first == '-' && (n == 1 || s[1] == ' ')) return UNSUPPORTED;
    Py_ssize_t cut = find(s, n, " #", 2);
    return plain(r, s, rstrip_spaces(s, cut < 0 ? n : cut), 0);
}

/* The line starting at *pos: its end (the '\n'). */
static Py_ssize_t line_end(const Reader *r, Py_ssize_t pos)
{
    const char *nl = memchr(r->buf + pos, '\n', (size_t)(r->len - pos));
    return nl - r->buf;
}

/* A | or > scalar whose lines start at *pos (fastyaml._block_scalar); moves *pos past it. */
static PyObject *block_scalar(Reader *r, Py_ssize_t *pos, Py_ssize_t parent_indent, char style,
                              int strip)
{
    Py_ssize_t p = *pos;
    if (p >= r->len || r->buf[p] == '\n') return UNSUPPORTED; /* leading blank line */
    Py_ssize_t indent = 0;
    while (r->buf[p + indent] == ' ') indent++;
    if (indent <= parent_indent || r->buf[p + indent] == '\n') return UNSUPPORTED;

    /* First pass: where the scalar ends and how long it is. A piece is a line less the
     * indentation; trailing empty pieces are dropped. */
    Py_ssize_t total = 0, parts = 0, kept_parts = 0, kept_total = 0;
    Py_ssize_t q = p;
    int at_end = 0, empty_before = 0;
    while (1) {
        if (q >= r->len) { /* the empty piece after the last line break */
            at_end = 1;
            break;
        }
        Py_ssize_t e = line_end(r, q);
        Py_ssize_t n = e - q, spaces = 0;
        while (spaces < n && r->buf[q + spaces] == ' ') spaces++;
        if (n == 0 || (spaces >= indent && n == indent)) {
            parts++;
            empty_before = 1;
        } else if (spaces >= indent) {
            if (style == '>' && (empty_before || r->buf[q + indent] == ' ' || r->buf[e - 1] == ' '))
                return UNSUPPORTED; /* folding of blank or more indented lines */
            parts++;
            total += n - indent;
            kept_parts = parts;
            kept_total = total;
        } else if (spaces < n) {
            break;
        } else {
            return UNSUPPORTED; /* a blank line holding spaces */
        }
        q = e + 1;
    }
    if (at_end && r->last_line_open) return UNSUPPORTED;
    Py_ssize_t size = kept_total + (kept_parts > 0 ? kept_parts - 1 : 0) + (strip ? 0 : 1);
    char *out = PyMem_Malloc((size_t)size + 1);
    if (out == NULL) return PyErr_NoMemory();
    Py_ssize_t k = 0, s = p;
    for (Py_ssize_t i = 0; i < kept_parts; i++) {
        Py_ssize_t e = line_end(r, s);
        if (i > 0) out[k++] = style == '|' ? '\n' : ' ';
        if (e - s > indent) {
            memcpy(out + k, r->buf + s + indent, (size_t)(e - s - indent));
            k += e - s - indent;
        }
        s = e + 1;
    }
    if (!strip) out[k++] = '\n';
    PyObject *value = text(out, k);
    PyMem_Free(out);
    *pos = at_end ? r->len : q;
    return value;
}

static int attach(Frame *f, PyObject *value)
{
    int bad;
    if (f->is_map) {
        bad = PyDict_SetItem(f->container, f->pending, value);
        f->pending = NULL;
    } else {
        Py_ssize_t last = PyList_GET_SIZE(f->container) - 1;
        Py_INCREF(value);
        bad = PyList_SetItem(f->container, last, value);
        f->seq_pending = 0;
    }
    return bad;
}

/* 0 done, 1 unsupported, -1 error. */
static int push(Reader *r, Py_ssize_t indent, PyObject *container, int is_map)
{
    if (r->depth >= r->max_depth + 1) return 1;
    Frame *f = &r->stack[r->depth++];
    f->indent = indent;
    f->container = container;
    f->is_map = is_map;
    f->pending = NULL;
    f->seq_pending = 0;
    f->key_indent = is_map ? indent : -1;
    return 0;
}

/* The frame of the sequence a "-" line at indent belongs to (fastyaml.open_sequence). */
static Frame *open_sequence(Reader *r, Frame *top, Py_ssize_t indent, int *status)
{
    if (top->indent == indent && !top->is_map) {
        top->seq_pending = 0;
        return top;
    }
    if (!(top->indent == indent ? top->pending != NULL
                                : top->container != NULL && has_pending(top))) {
        *status = 1;
        return NULL;
    }
    PyObject *list = PyList_New(0);
    if (list == NULL || attach(top, list) < 0) {
        Py_XDECREF(list);
        *status = -1;
        return NULL;
    }
    Py_DECREF(list); /* the parent holds it */
    *status = push(r, indent, list, 0);
    return *status ? NULL : &r->stack[r->depth - 1];
}

/* The frame of the mapping a "key:" line at indent belongs to (fastyaml.open_mapping). */
static Frame *open_mapping(Reader *r, Frame *top, Py_ssize_t indent, PyObject **root, int *status)
{
    if (top->container == NULL) {
        if (r->depth > 0 || indent > 0) {
            *status = 1;
            return NULL;
        }
        PyObject *mapping = PyDict_New();
        if (mapping == NULL) {
            *status = -1;
            return NULL;
        }
        *root = mapping;
        *status = push(r, indent, mapping, 1);
        return *status ? NULL : &r->stack[r->depth - 1];
    }
    if (top->indent == indent) {
        if (!top->is_map) {
            if (r->depth < 2 || r->stack[r->depth - 2].indent != indent) {
                *status = 1;
                return NULL;
            }
            r->depth--; /* a sequence at the indentation of its key ends here */
            top = &r->stack[r->depth - 1];
        }
        top->pending = NULL;
        return top;
    }
    if (!has_pending(top)) {
        *status = 1; /* deeper without a value to fill: continuation or bad indent */
        return NULL;
    }
    PyObject *mapping = PyDict_New();
    if (mapping == NULL || attach(top, mapping) < 0) {
        Py_XDECREF(mapping);
        *status = -1;
        return NULL;
    }
    Py_DECREF(mapping);
    *status = push(r, indent, mapping, 1);
    return *status ? NULL : &r->stack[r->depth - 1];
}

/* 0 read, 1 unsupported, -1 error; *out gets the root mapping. */
static int read_text(Reader *r, PyObject **out)
{
    PyObject *root = NULL;
    Frame none = {-1, NULL, 0, NULL, 0, -1};
    Frame *top = &none;
    Py_ssize_t top_indent = -1;
    int started = 0, status = 0;
    Py_ssize_t pos = 0;

    while (pos < r->len) {
        const char *s = r->buf + pos;
        Py_ssize_t eol = line_end(r, pos), n = eol - pos;
        Py_ssize_t indent = 0, dash = 0;
        while (s[indent] == ' ') indent++;
        if (s[indent] == '-') {
            if (s[indent + 1] == ' ') {
                dash = 1;
                while (s[indent + dash] == ' ') dash++;
            } else if (s[indent + 1] == '\n') {
                dash = 1;
            }
        }
        Py_ssize_t k = indent + dash, key_n = 0, rest = k;
        if (is_key_start(s[k])) {
            Py_ssize_t j = k + 1;
            while (is_key_char(s[j])) j++;
            if (s[j] == ':' && (s[j + 1] == ' ' || s[j + 1] == '\n')) {
                key_n = j - k;
                rest = j + 1;
                while (s[rest] == ' ') rest++;
            }
        }
        const char *v = s + rest;
        Py_ssize_t vn = n - rest;
        pos = eol + 1;
        Frame *frame;

        if (dash || !key_n || indent != top_indent) {
            if (!key_n && !dash) {
                if (vn == 0 || v[0] == '#') continue; /* a blank or comment line */
                if (vn == 3 && memcmp(v, "---", 3) == 0 && indent == 0 && !started) {
                    started = 1;
                    continue;
                }
                goto unsupported;
            }
            started = 1;
            while (r->depth > 0 && r->stack[r->depth - 1].indent > indent) r->depth--;
            Frame fresh = {-1, NULL, 0, NULL, 0, -1};
            none = fresh;
            top = r->depth > 0 ? &r->stack[r->depth - 1] : &none;
            if (dash) {
                Frame *seq = open_sequence(r, top, indent, &status);
                if (seq == NULL) goto stop;
                Py_ssize_t column = indent + dash;
                PyObject *items = seq->container;
                if (!key_n) {
                    if (vn == 0 || v[0] == '#') {
                        if (PyList_Append(items, Py_None) < 0) goto error;
                        seq->seq_pending = 1;
                    } else if (v[0] == '|' || v[0] == '>') {
                        goto unsupported;
                    } else {
                        PyObject *item = value_of(r, v, vn);
                        if (item == NULL) goto error;
                        if (item == UNSUPPORTED) goto unsupported;
                        int bad = PyList_Append(items, item);
                        Py_DECREF(item);
                        if (bad) goto error;
                    }
                    if (r->depth >= r->max_depth) goto unsupported;
                    top = &r->stack[r->depth - 1];
                    top_indent = -1;
                    continue;
                }
                PyObject *mapping = PyDict_New();
                if (mapping == NULL) goto error;
                int bad = PyList_Append(items, mapping);
                Py_DECREF(mapping);
                if (bad) goto error;
                status = push(r, column, mapping, 1);
                if (status) goto stop;
                frame = &r->stack[r->depth - 1];
            } else {
                frame = open_mapping(r, top, indent, &root, &status);
                if (frame == NULL) goto stop;
            }
            if (r->depth >= r->max_depth) goto unsupported;
            top = frame;
            top_indent = frame->key_indent;
        }

        /* A key of the current mapping, and its value; most lines are just this. */
        PyObject *mapping = top->container;
        if (is_non_text_key(s + k, key_n)) goto unsupported;
        PyObject *key = key_text(r, s + k, key_n);
        if (key == NULL) goto error;
        int seen = PyDict_Contains(mapping, key);
        if (seen != 0) {
            Py_DECREF(key);
            if (seen < 0) goto error;
            goto unsupported;
        }
        top->pending = NULL;
        PyObject *item;
        char first = vn ? v[0] : 0;
        if (first == 0 || first == '#') {
            item = Py_NewRef(Py_None);
            top->pending = key; /* borrowed: the mapping keeps the key */
        } else if (!in_set(first, INDICATORS) && first != ' ') {
            Py_ssize_t cut = find(v, vn, " #", 2);
            Py_ssize_t m = rstrip_spaces(v, cut < 0 ? vn : cut);
            if (find(v, m, ": ", 2) >= 0 || v[m - 1] == ':') {
                Py_DECREF(key);
                goto unsupported;
            }
            item = resolve(r, v, m);
        } else if (first == '|' || first == '>') {
            /* header: style, optional "-", then spaces, or spaces and a comment */
            Py_ssize_t i = 1;
            int strip = 0;
            if (i < vn && v[i] == '-') {
                strip = 1;
                i++;
            }
            Py_ssize_t spaces = i;
            while (i < vn && v[i] == ' ') i++;
            if (!(i == vn || (v[i] == '#' && i > spaces))) {
                Py_DECREF(key);
                goto unsupported;
            }
            item = block_scalar(r, &pos, top->indent, first, strip);
        } else {
            item = value_of(r, v, vn);
        }
        if (item == NULL || item == UNSUPPORTED) {
            if (top->pending == key) top->pending = NULL;
            Py_DECREF(key);
            if (item == NULL) goto error;
            goto unsupported;
        }
        int bad = PyDict_SetItem(mapping, key, item);
        Py_DECREF(key);
        Py_DECREF(item);
        if (bad) goto error;
    }
    if (root == NULL) return 1;
    *out = root;
    return 0;

stop:
    if (status < 0) goto error;
unsupported:
    Py_XDECREF(root);
    return 1;
error:
    Py_XDECREF(root);
    return -1;
}

/* Bytes outside the plain part: controls (tab included), DEL, C1, LS, PS, BOM, U+FFFE/F.
 * Copies the text with CRLF as LF and a final line break; NULL when it cannot be read. */
static char *prepare(const char *s, Py_ssize_t n, Py_ssize_t *out_n, int *last_line_open)
{
    char *out = PyMem_Malloc((size_t)n + 2);
    if (out == NULL) return NULL;
    Py_ssize_t k = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x20) {
            if (c == '\r' && i + 1 < n && s[i + 1] == '\n') continue;
            if (c != '\n') goto refuse;
        } else if (c == 0x7f) {
            goto refuse;
        } else if (c == 0xc2 && i + 1 < n && (unsigned char)s[i + 1] >= 0x80 &&
                   (unsigned char)s[i + 1] <= 0x9f) {
            goto refuse;
        } else if (c == 0xe2 && i + 2 < n && (unsigned char)s[i + 1] == 0x80 &&
                   ((unsigned char)s[i + 2] == 0xa8 || (unsigned char)s[i + 2] == 0xa9)) {
            goto refuse;
        } else if (c == 0xef && i + 2 < n &&
                   (((unsigned char)s[i + 1] == 0xbb && (unsigned char)s[i + 2] == 0xbf) ||
                    ((unsigned char)s[i + 1] == 0xbf && (unsigned char)s[i + 2] >= 0xbe))) {
            goto refuse;
        }
        out[k++] = (char)c;
    }
    *last_line_open = !(k > 0 && out[k - 1] == '\n');
    if (*last_line_open) out[k++] = '\n';
    out[k] = 0;
    *out_n = k;
    return out;
refuse:
    PyMem_Free(out);
    *out_n = -1;
    return NULL;
}

static PyObject *parse(PyObject *module, PyObject *args)
{
    PyObject *source, *depth_arg, *resolver;
    (void)module;
    if (!PyArg_ParseTuple(args, "UOO:parse", &source, &depth_arg, &resolver)) return NULL;
    /* Clamped into range: the limit is a Python int, which has no bounds. */
    Py_ssize_t max_depth = PyNumber_AsSsize_t(depth_arg, NULL);
    if (max_depth == -1 && PyErr_Occurred()) return NULL;
    Py_ssize_t size;
    const char *utf8 = PyUnicode_AsUTF8AndSize(source, &size);
    if (utf8 == NULL) { /* a lone surrogate: not text YAML can hold */
        PyErr_Clear();
        Py_RETURN_NONE;
    }
    Reader r;
    memset(&r, 0, sizeof r);
    r.buf = prepare(utf8, size, &r.len, &r.last_line_open);
    if (r.buf == NULL) {
        if (r.len < 0) Py_RETURN_NONE;
        return PyErr_NoMemory();
    }
    /* Every frame takes at least two bytes of text, so a limit beyond the text's length
     * never applies; capping it there keeps the frame stack's size small and in range. */
    r.max_depth = max_depth < 0 ? 0 : max_depth > r.len + 2 ? r.len + 2 : max_depth;
    r.resolve = resolver;
    r.memo = PyDict_New();
    r.stack = PyMem_Malloc(sizeof(Frame) * (size_t)(r.max_depth + 2));
    PyObject *root = NULL;
    int status = -1;
    if (r.memo != NULL && r.stack != NULL)
        status = read_text(&r, &root);
    else
        PyErr_NoMemory();
    for (int i = 0; i < 512; i++) Py_XDECREF(r.keys[i]);
    Py_XDECREF(r.memo);
    PyMem_Free(r.stack);
    PyMem_Free((char *)r.buf);
    if (status < 0) return NULL;
    if (status > 0) Py_RETURN_NONE;
    return root;
}

static PyMethodDef methods[] = {
    {"parse", parse, METH_VARARGS,
     "parse(text, max_depth, resolve) -> dict | None\n\n"
     "The data of a plain block YAML text with a mapping at the top, or None."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "_plainyaml",
    .m_doc = "The plain block YAML reader, in C.",
    .m_size = -1,
    .m_methods = methods,
};

PyMODINIT_FUNC PyInit__plainyaml(void) { return PyModule_Create(&module); }
