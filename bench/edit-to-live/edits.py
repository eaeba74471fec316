#!/usr/bin/env python3
"""Edit-to-live latency: N edits of published news items through the API, each timed from the
publish call until the served static page shows the new title. Prints one JSON line."""
import json, sys, time, urllib.request, urllib.error

base, edits = sys.argv[1].rstrip('/'), int(sys.argv[2])
api = base + '/api/v1'

def call(method, path, token=None, body=None):
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(api + path, data=data, method=method)
    req.add_header('Content-Type', 'application/json')
    req.add_header('Accept', 'application/json')
    if token:
        req.add_header('Authorization', 'Bearer ' + token)
    with urllib.request.urlopen(req, timeout=30) as r:
        return json.loads(r.read() or b'null')

def login(user, password):
    return call('POST', '/auth/login', body={'username': user, 'password': password})['token']

editor, reviewer, admin = (login('editor.fgw', 'editor-demo-2026'),
                           login('reviewer.fgw', 'reviewer-demo-2026'),
                           login('admin', 'admin-demo-2026'))
column = [c['id'] for c in call('GET', '/sites/fgw/columns') if c['code'] == 'news'][0]
latencies, rendered = [], []
for n in range(edits):
    slug = 'edit-to-live-%d' % (n % 20)
    title = '编辑到上线测量 第%d次' % n
    found = call('GET', '/items?site=fgw&column=%d&size=100' % column, editor)['items']
    item = next((i for i in found if i['slug'] == slug), None)
    if item is None:
        item = call('POST', '/items', editor, {'site': 'fgw', 'column': column, 'type': 'news',
                                                'language': 'zh-CN', 'slug': slug, 'title': title,
                                                'body': '测量正文。'})
    else:
        item = call('PUT', '/items/%d' % item['id'], editor,
                    {'site': 'fgw', 'column': column, 'type': 'news', 'language': 'zh-CN',
                     'slug': slug, 'title': title, 'body': '测量正文 %d。' % n,
                     'version': item['version']})
    submitted = call('POST', '/items/%d/workflow/submit' % item['id'], editor, {})
    start = time.monotonic()
    call('POST', '/items/%d/workflow/publish' % item['id'], reviewer,
         {'version': submitted['version']})
    page = base + '/fgw/news/%s.html' % slug
    while True:
        try:
            with urllib.request.urlopen(page, timeout=10) as r:
                if title in r.read().decode():
                    break
        except urllib.error.HTTPError:
            pass
        if time.monotonic() - start > 30:
            sys.exit('edit %d not live after 30 s' % n)
        time.sleep(0.005)
    latencies.append((time.monotonic() - start) * 1000)
runs = call('GET', '/publish/runs?size=100', admin)['items']
outbox = [r for r in runs if r['trigger'] == 'outbox' and r['outcome'] == 'published']
full = max((r['pages'] for r in runs), default=0)
latencies.sort()
pick = lambda q: latencies[min(len(latencies) - 1, int(q * len(latencies)))]
print(json.dumps({'edits': edits, 'p50_ms': round(pick(0.5)), 'p99_ms': round(pick(0.99)),
                  'max_ms': round(latencies[-1]),
                  'rendered_per_run_median': sorted(r['rendered'] for r in outbox)[len(outbox) // 2] if outbox else None,
                  'run_ms_median': sorted(r['durationMs'] for r in outbox)[len(outbox) // 2] if outbox else None,
                  'outputs_in_cluster': full}))
