#!/usr/bin/env python3
"""Soak run: mixed reads, writes, publishes and searches against one running server for a fixed
time, with a bounded number of clients (no request is sent before the previous one of its client
has answered). Every answer that is not the expected one counts as an error (a 5xx always does).
Memory of the server's processes is sampled every minute. Prints one JSON document.

Usage: soak.py BASE_URL SECONDS PAYARA_PID SOLR_PID MARIADB_PID
"""
import json, random, re, subprocess, sys, threading, time, urllib.error, urllib.parse, urllib.request

base, seconds = sys.argv[1].rstrip('/'), int(sys.argv[2])
pids = {'payara': int(sys.argv[3]), 'solr': int(sys.argv[4]), 'mariadb': int(sys.argv[5])}
api = base + '/api/v1'
deadline = time.monotonic() + seconds
lock = threading.Lock()
latencies = {}   # kind -> [ms]
errors = {}      # kind -> {status/reason: count}
samples = []     # memory samples


def record(kind, ms, error=None):
    with lock:
        latencies.setdefault(kind, []).append(ms)
        if error is not None:
            errors.setdefault(kind, {}).setdefault(str(error), 0)
            errors[kind][str(error)] += 1


def call(kind, method, url, token=None, body=None, expect=(200,)):
    """One request; returns (status, parsed JSON or text). Records latency and unexpected answers."""
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(url, data=data, method=method)
    if body is not None:
        req.add_header('Content-Type', 'application/json')
    req.add_header('Accept', 'application/json')
    if token:
        req.add_header('Authorization', 'Bearer ' + token)
    start = time.monotonic()
    status, payload = None, None
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            status, raw = r.status, r.read()
    except urllib.error.HTTPError as e:
        status, raw = e.code, e.read()
    except Exception as e:  # connection refused, reset, timeout
        record(kind, (time.monotonic() - start) * 1000, type(e).__name__)
        return None, None
    ms = (time.monotonic() - start) * 1000
    try:
        payload = json.loads(raw) if raw and raw[:1] in (b'{', b'[') else raw.decode('utf-8', 'replace')
    except ValueError:
        payload = raw.decode('utf-8', 'replace')
    record(kind, ms, None if status in expect else status)
    return status, payload


def login(user, password):
    status, body = call('login', 'POST', api + '/auth/login',
                        body={'username': user, 'password': password})
    if status != 200:
        sys.exit('login of %s failed: %s %s' % (user, status, body))
    return body['token']


def published_pages():
    """Static page URLs of the cluster, from the sitemaps (index, then each site's)."""
    pages = []
    with urllib.request.urlopen(base + '/sitemap.xml', timeout=30) as r:
        index = r.read().decode()
    for sitemap in re.findall(r'<loc>([^<]+)</loc>', index)[:20]:
        path = urllib.parse.urlsplit(sitemap).path
        try:
            with urllib.request.urlopen(base + path, timeout=30) as r:
                pages += [urllib.parse.urlsplit(u).path for u in re.findall(r'<loc>([^<]+)</loc>', r.read().decode())]
        except urllib.error.HTTPError:
            pass
    return pages or ['/']


def reader(rnd, pages, public_ids):
    while time.monotonic() < deadline:
        roll = rnd.random()
        if roll < 0.5:
            call('static page', 'GET', base + rnd.choice(pages))
        elif roll < 0.75:
            call('public list', 'GET', api + '/public/items?page=%d&size=20' % rnd.randint(1, 10))
        else:
            call('public item', 'GET', api + '/public/items/%d' % rnd.choice(public_ids))


WORDS = ['信息公开', '营商环境', '教育', '政策', '价格', '招生', '项目', 'investment', 'school',
         '发改', '通知', '办事指南', '就业', '补贴']


def searcher(rnd):
    while time.monotonic() < deadline:
        q = ' '.join(rnd.sample(WORDS, rnd.randint(1, 2)))
        site = rnd.choice(['', '&site=fgw', '&site=jyj'])
        # 503 is the documented answer when searches queue beyond their wait: counted, not hidden
        call('search', 'GET', api + '/search?q=%s%s&page=%d' % (urllib.parse.quote(q), site, rnd.randint(1, 3)))


def writer(rnd, site, editor, reviewer, column):
    """Edits a rotating set of 30 news items of one site: create or update, submit, publish with
    the reviewed version, and now and then withdraw. One writer per site, so no stale versions."""
    n = 0
    while time.monotonic() < deadline:
        slug = 'soak-%s-%d' % (site, n % 30)
        title = '长稳测试 %s 第%d次' % (site, n)
        status, found = call('list own items', 'GET', api + '/items?site=%s&column=%d&size=100' % (site, column), editor)
        if status != 200:
            continue
        item = next((i for i in found['items'] if i['slug'] == slug), None)
        fields = {'site': site, 'column': column, 'type': 'news', 'language': 'zh-CN', 'slug': slug,
                  'title': title, 'summary': '长稳测试摘要', 'body': '## 正文\n\n第 %d 次修改。' % n}
        if item is None:
            status, item = call('create', 'POST', api + '/items', editor, fields, expect=(201,))
        else:
            status, item = call('update', 'PUT', api + '/items/%d' % item['id'], editor,
                                dict(fields, version=item['version']))
        if not isinstance(item, dict) or 'id' not in item:
            continue
        if item.get('status') in ('draft', 'withdrawn'):
            status, item = call('submit', 'POST', api + '/items/%d/workflow/submit' % item['id'], editor,
                                {'version': item['version']})
            if status != 200:
                continue
        status, item = call('publish', 'POST', api + '/items/%d/workflow/publish' % item['id'], reviewer,
                            {'version': item['version'], 'comment': '同意'})
        if status == 200 and n % 7 == 3:
            call('withdraw', 'POST', api + '/items/%d/workflow/withdraw' % item['id'], reviewer,
                 {'version': item['version'], 'comment': '长稳测试撤回'})
        n += 1


def memory():
    """RSS of each process (MiB) and the server JVM's heap in use after a full GC (MiB)."""
    sample = {'t': round(seconds - (deadline - time.monotonic()))}
    for name, pid in pids.items():
        try:
            with open('/proc/%d/status' % pid) as f:
                rss = next(int(l.split()[1]) for l in f if l.startswith('VmRSS:'))
            sample[name + '_rss_mib'] = round(rss / 1024)
        except (OSError, StopIteration):
            sample[name + '_rss_mib'] = None
    try:
        subprocess.run(['jcmd', str(pids['payara']), 'GC.run'], capture_output=True, timeout=60)
        info = subprocess.run(['jcmd', str(pids['payara']), 'GC.heap_info'], capture_output=True,
                              text=True, timeout=60).stdout
        used = re.search(r'used (\d+)K', info)
        sample['payara_heap_after_gc_mib'] = round(int(used.group(1)) / 1024) if used else None
    except (OSError, subprocess.TimeoutExpired):
        sample['payara_heap_after_gc_mib'] = None
    return sample


def sampler():
    while time.monotonic() < deadline:
        time.sleep(min(60, max(0, deadline - time.monotonic())))
        samples.append(memory())


def main():
    rnd = random.Random(20261202)
    admin = login('admin', 'admin-demo-2026')
    tokens = {s: (login('editor.%s' % s, 'editor-demo-2026'), login('reviewer.%s' % s, 'reviewer-demo-2026'))
              for s in ('fgw', 'jyj')}
    columns = {}
    for s in tokens:
        _, cols = call('columns', 'GET', api + '/sites/%s/columns' % s)
        columns[s] = next(c['id'] for c in cols if c['code'] == 'news')
    pages = published_pages()
    _, listed = call('public list', 'GET', api + '/public/items?size=100')
    public_ids = [i['id'] for i in listed['items']] or [1]
    samples.append(memory())
    threads = [threading.Thread(target=reader, args=(random.Random(i), pages, public_ids)) for i in range(3)]
    threads += [threading.Thread(target=searcher, args=(random.Random(10 + i),)) for i in range(2)]
    threads += [threading.Thread(target=writer, args=(random.Random(20 + i), s, t[0], t[1], columns[s]))
                for i, (s, t) in enumerate(tokens.items())]
    threads.append(threading.Thread(target=sampler))
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    _, runs = call('publish log', 'GET', api + '/publish/runs?size=100', admin)
    failed_runs = [r for r in runs['items'] if r.get('outcome') not in ('published', None)] if isinstance(runs, dict) else []

    def pick(values, q):
        values = sorted(values)
        return round(values[min(len(values) - 1, int(q * len(values)))], 1)
    result = {
        'seconds': seconds,
        'requests': sum(len(v) for v in latencies.values()),
        'errors': sum(sum(e.values()) for e in errors.values()),
        'errors_by_kind': errors,
        'latency_ms': {k: {'n': len(v), 'p50': pick(v, .5), 'p95': pick(v, .95), 'p99': pick(v, .99),
                           'max': round(max(v), 1)} for k, v in sorted(latencies.items())},
        'failed_publish_runs_in_last_100': len(failed_runs),
        'memory': samples,
    }
    print(json.dumps(result, ensure_ascii=False))


main()
