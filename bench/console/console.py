#!/usr/bin/env python3
"""The console's server side under a realistic item count: seeds items into one site through the
bearer API, then times the item list with the console's typical queries (one client, then several
at once) and the freshness radar of every site. Each client keeps one HTTP/1.1 connection open, as
a browser does, and waits for its answer before the next request. Prints one JSON document.

Usage: console.py BASE_URL ITEMS LIST_RUNS CONCURRENT_CLIENTS RADAR_RUNS
  ITEMS               items to seed into site fgw (0: seed nothing)
  LIST_RUNS           timed runs of each list query per mode, after a warm-up of 50
  CONCURRENT_CLIENTS  clients of the concurrent mode (each sends LIST_RUNS / clients of a query)
  RADAR_RUNS          timed radar calls per site, after a warm-up of 10
"""
import http.client, json, re, sys, threading, time, urllib.parse

base, items_wanted, list_runs, clients, radar_runs = (
    sys.argv[1].rstrip('/'), int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5]))
host = urllib.parse.urlsplit(base)
SITE = 'fgw'
RARE = '鹤岗'           # in the titles of 1 item in 100: the q that matches ~1 %
NOTHING = '不存在的词语qqq'  # in no item
local = threading.local()
server_timing_seen = set()


def connection():
    if getattr(local, 'conn', None) is None:
        local.conn = http.client.HTTPConnection(host.hostname, host.port, timeout=60)
    return local.conn


def call(method, path, token=None, body=None):
    """One request on this thread's kept-alive connection: (status, JSON body, ms, Server-Timing)."""
    headers = {'Accept': 'application/json'}
    data = None
    if body is not None:
        data = json.dumps(body).encode()
        headers['Content-Type'] = 'application/json'
    if token:
        headers['Authorization'] = 'Bearer ' + token
    for attempt in (1, 2):  # a kept-alive connection the server closed: reconnect once
        conn = connection()
        start = time.perf_counter()
        try:
            conn.request(method, '/api/v1' + path, body=data, headers=headers)
            response = conn.getresponse()
            raw = response.read()
        except (http.client.HTTPException, ConnectionError, OSError):
            conn.close()
            local.conn = None
            if attempt == 2:
                raise
            continue
        ms = (time.perf_counter() - start) * 1000
        timing = response.getheader('Server-Timing')
        if response.getheader('Connection', '').lower() == 'close':
            conn.close()
            local.conn = None
        try:
            payload = json.loads(raw) if raw[:1] in (b'{', b'[') else raw.decode('utf-8', 'replace')
        except ValueError:
            payload = raw.decode('utf-8', 'replace')
        return response.status, payload, ms, timing


def login(user, password):
    status, body, _, _ = call('POST', '/auth/login', body={'username': user, 'password': password})
    if status != 200:
        sys.exit('login of %s failed: %s %s' % (user, status, body))
    return body['token']


def stats(values):
    if not values:
        return None
    values = sorted(values)

    def pick(q):
        return round(values[min(len(values) - 1, int(q * len(values)))], 1)
    return {'n': len(values), 'p50': pick(.5), 'p95': pick(.95), 'p99': pick(.99),
            'max': round(values[-1], 1)}


def server_ms(timing):
    """The total duration of a Server-Timing header (sum of its dur= values), or None."""
    if not timing:
        return None
    server_timing_seen.add(timing.split(';')[0].split(',')[0].strip())
    durations = [float(d) for d in re.findall(r'dur=([0-9.]+)', timing)]
    return sum(durations) if durations else None


def load_average():
    with open('/proc/loadavg') as f:
        return f.read().split()[0]


# ---------------------------------------------------------------- seeding

WORDS = ['关于', '进一步', '加强', '优化', '营商环境', '价格监测', '重点项目', '招商引资', '节能',
         '审批', '改革', '发展规划', '统计', '公示', '通知', '实施意见', '民营经济', '投资', '能源',
         '粮食', '物价', '产业', '数字经济', '年度', '报告', '专项', '资金', '申报', '工作会议']


def title_of(n):
    words = [WORDS[(n * 7 + k * 13) % len(WORDS)] for k in range(4)]
    if n % 100 == 42:
        words.insert(1, RARE)
    return '市发改委%s（第%d号）' % (''.join(words), n)


def item_body(n, column, kind):
    fields = {'site': SITE, 'column': column, 'type': kind, 'language': 'zh-CN',
              'slug': 'bench-%05d' % n, 'title': title_of(n),
              'summary': '基准测试条目 %d 的摘要：%s。' % (n, WORDS[n % len(WORDS)]),
              'body': '## 基准测试\n\n第 %d 条，%s。\n\n- 要点一\n- 要点二\n' % (n, '、'.join(WORDS[:8])),
              'tags': [WORDS[n % len(WORDS)]]}
    if kind == 'news':
        fields['source'] = '市发展和改革委员会'
    else:
        fields['policy'] = {'indexNo': '11220100MB1234567X/2026-%06d' % (100000 + n),
                            'issuer': '长春市发展和改革委员会',
                            'docNo': '长发改发〔2026〕%d号' % (n + 1000),
                            'writtenOn': '2026-%02d-%02d' % (n % 11 + 1, n % 27 + 1),
                            'subject': '综合政务', 'keywords': ['基准测试'], 'validity': 'valid'}
    return fields


def seed(editor, reviewer, columns):
    """ITEMS items over the site's news and policy columns: 70 % drafts, 20 % in review, 10 %
    published; from 4 clients. Answers the counts and the seconds it took."""
    counts = {'draft': 0, 'in_review': 0, 'published': 0, 'failed': 0}
    failures = []
    lock = threading.Lock()
    start = time.monotonic()

    def worker(offset):
        for n in range(offset, items_wanted, 4):
            column, kind = columns[n % len(columns)]
            status, item, _, _ = call('POST', '/items', editor, item_body(n, column, kind))
            outcome = 'draft'
            if status == 201 and n % 10 >= 7:
                status, item, _, _ = call('POST', '/items/%d/workflow/submit' % item['id'], editor,
                                          {'version': item['version']})
                outcome = 'in_review'
                if status == 200 and n % 10 == 9:
                    status, item, _, _ = call('POST', '/items/%d/workflow/publish' % item['id'],
                                              reviewer, {'version': item['version'], 'comment': '同意'})
                    outcome = 'published'
            with lock:
                if status in (200, 201):
                    counts[outcome] += 1
                else:
                    counts['failed'] += 1
                    if len(failures) < 5:
                        failures.append({'n': n, 'status': status, 'body': str(item)[:300]})
    threads = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return {'counts': counts, 'seconds': round(time.monotonic() - start, 1), 'failures': failures}


def flatten(tree):
    for column in tree:
        yield column
        yield from flatten(column.get('children') or [])


# ---------------------------------------------------------------- timing

def timed_series(path, token, runs, n_clients, warm_up):
    """Warm-up (not counted), then RUNS requests of PATH from N_CLIENTS clients at once."""
    for _ in range(warm_up):
        call('GET', path, token)
    loop, server, errors = [], [], {}
    lock = threading.Lock()

    def client(share):
        for _ in range(share):
            status, body, ms, timing = call('GET', path, token)
            with lock:
                loop.append(ms)
                s = server_ms(timing)
                if s is not None:
                    server.append(s)
                if status != 200:
                    errors[status] = errors.get(status, 0) + 1
                    errors.setdefault('example', str(body)[:300])
    threads = [threading.Thread(target=client, args=(runs // n_clients,)) for _ in range(n_clients)]
    start = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    seconds = time.monotonic() - start
    return {'loopback_ms': stats(loop), 'server_timing_ms': stats(server), 'errors': errors,
            'per_second': round(len(loop) / seconds, 1)}


def main():
    result = {'site': SITE}
    editor = login('editor.fgw', 'editor-demo-2026')
    reviewer = login('reviewer.fgw', 'reviewer-demo-2026')
    evaluator = login('evaluator', 'evaluator-demo-2026')
    _, tree, _, _ = call('GET', '/sites/%s/columns' % SITE)
    columns = [(c['id'], t) for c in flatten(tree) for t in ('news', 'policy') if t in c.get('types', [])]
    result['seed_columns'] = len(columns)
    if items_wanted:
        result['seed'] = seed(editor, reviewer, columns)
        print('seeded: %s' % json.dumps(result['seed'], ensure_ascii=False), file=sys.stderr)
    _, first, _, _ = call('GET', '/items?site=%s&size=1' % SITE, editor)
    result['items_in_site'] = first['total']
    _, all_items, _, _ = call('GET', '/items?size=1', editor)
    news_column = next(c['id'] for c in flatten(tree) if c['code'] == 'news')
    queries = [
        ('baseline: GET /auth/me (no list)', '/auth/me'),
        ('default (updatedAt desc, page 1, 20)', '/items?site=%s' % SITE),
        ('status=in_review', '/items?site=%s&status=in_review' % SITE),
        ('type=news & column=news', '/items?site=%s&type=news&column=%d' % (SITE, news_column)),
        ('q= a word in ~1 %', '/items?site=%s&q=%s' % (SITE, urllib.parse.quote(RARE))),
        ('q= no match', '/items?site=%s&q=%s' % (SITE, urllib.parse.quote(NOTHING))),
        ('sort=title', '/items?site=%s&sort=title' % SITE),
        ('page=400', '/items?site=%s&page=400' % SITE),
        ('size=100', '/items?site=%s&size=100' % SITE),
    ]
    result['list'] = []
    for name, path in queries:
        status, body, _, _ = call('GET', path, editor)
        entry = {'query': name, 'path': path, 'status': status, 'load': load_average(),
                 'total': body.get('total') if isinstance(body, dict) else None,
                 'returned': len(body.get('items', [])) if isinstance(body, dict) else None,
                 'bytes': len(json.dumps(body, ensure_ascii=False).encode()) if isinstance(body, dict) else None}
        if status != 200:
            entry['error'] = str(body)[:300]
        entry['one_client'] = timed_series(path, editor, list_runs, 1, 50)
        entry['concurrent'] = timed_series(path, editor, list_runs, clients, 10)
        result['list'].append(entry)
        print('%s: %s' % (name, json.dumps({k: entry[k]['loopback_ms'] for k in ('one_client', 'concurrent')})),
              file=sys.stderr)
    result['concurrent_clients'] = clients

    _, sites, _, _ = call('GET', '/sites')
    site_ids = [s['id'] for s in (sites if isinstance(sites, list) else sites.get('items', sites.get('sites', [])))]
    result['radar'] = []
    for site in site_ids:
        path = '/sites/%s/freshness' % site
        status, body, _, _ = call('GET', path, evaluator)
        entry = {'site': site, 'status': status}
        if status == 200:
            entry['columns'] = len(body.get('columns', []))
            entry['warnings'] = len(body.get('warnings', []))
            entry['timing'] = timed_series(path, evaluator, radar_runs, 1, 10)
        else:
            entry['error'] = str(body)[:200]
        result['radar'].append(entry)
    fgw = '/sites/%s/freshness' % SITE
    if any(r['status'] == 200 for r in result['radar']):
        result['radar_fgw_editor'] = timed_series(fgw, editor, radar_runs * 2, 1, 10)
        result['radar_fgw_concurrent'] = timed_series(fgw, editor, radar_runs * 2, clients, 10)
    result['server_timing_names'] = sorted(server_timing_seen)
    print(json.dumps(result, ensure_ascii=False, indent=1))


main()
