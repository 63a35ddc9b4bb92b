def f = { String t -> def u = new URI(t); [u.scheme, u.userInfo, u.host, u.port, u.path, u.query, u.fragment, u.schemeSpecificPart, u.authority, u.rawPath, u.rawQuery, u.absolute, u.opaque, u.toString()] }
def __r = []
try { __r << (f("https://jira.example.com/browse/SUP-1?x=1")) } catch (Throwable t) { __r << t.getClass().name + ": " + t.message?.take(80) }
try { __r << (f("https://bob:pw@jira.example.com:8443/rest/api/2/issue/SUP-1?fields=summary,status&expand=names#frag")) } catch (Throwable t) { __r << t.getClass().name + ": " + t.message?.take(80) }
try { __r << (f("mailto:someone@example.com?subject=Hi%20there")) } catch (Throwable t) { __r << t.getClass().name + ": " + t.message?.take(80) }
try { __r << (f("http://host")) } catch (Throwable t) { __r << t.getClass().name + ": " + t.message?.take(80) }
try { __r << (f("/relative/path?q=a%20b")) } catch (Throwable t) { __r << t.getClass().name + ": " + t.message?.take(80) }
try { __r << (f("relative")) } catch (Throwable t) { __r << t.getClass().name + ": " + t.message?.take(80) }
try { __r << (f("file:///tmp/x.txt")) } catch (Throwable t) { __r << t.getClass().name + ": " + t.message?.take(80) }
try { __r << (f("http://[::1]:8080/a")) } catch (Throwable t) { __r << t.getClass().name + ": " + t.message?.take(80) }
try { __r << (f("https://example.com/a%2Fb/c%20d/é")) } catch (Throwable t) { __r << t.getClass().name + ": " + t.message?.take(80) }
try { __r << (f("")) } catch (Throwable t) { __r << t.getClass().name + ": " + t.message?.take(80) }
try { __r << (f("#only")) } catch (Throwable t) { __r << t.getClass().name + ": " + t.message?.take(80) }
try { __r << (f("http://h/p?q#")) } catch (Throwable t) { __r << t.getClass().name + ": " + t.message?.take(80) }
try { __r << (f("a b")) } catch (Throwable t) { __r << t.getClass().name + ": " + t.message?.take(80) }
try { __r << (f("http://h/a b")) } catch (Throwable t) { __r << t.getClass().name + ": " + t.message?.take(80) }
try { __r << (f("http://h/p?q=a b")) } catch (Throwable t) { __r << t.getClass().name + ": " + t.message?.take(80) }
try { __r << (f("http://h/%zz")) } catch (Throwable t) { __r << t.getClass().name + ": " + t.message?.take(80) }
try { __r << (f(":x")) } catch (Throwable t) { __r << t.getClass().name + ": " + t.message?.take(80) }
try { __r << (f("1http://h")) } catch (Throwable t) { __r << t.getClass().name + ": " + t.message?.take(80) }
try { __r << (f("http://h:abc/")) } catch (Throwable t) { __r << t.getClass().name + ": " + t.message?.take(80) }
try { __r << (f("http:")) } catch (Throwable t) { __r << t.getClass().name + ": " + t.message?.take(80) }
try { __r << (new URI("https", null, "jira.example.com", -1, "/browse/SUP 1", "a=b c&d=%", null).toString()) } catch (Throwable t) { __r << t.getClass().name + ": " + t.message?.take(80) }
try { __r << (new URI("http", "u s", "h", 8080, "/p", null, "frag ment").toString()) } catch (Throwable t) { __r << t.getClass().name + ": " + t.message?.take(80) }
try { __r << (new URI("http", null, "h", -1, "/ä/x", "q=ö", null).toString()) } catch (Throwable t) { __r << t.getClass().name + ": " + t.message?.take(80) }
try { __r << (new URI("https://x.example/a").getHost()) } catch (Throwable t) { __r << t.getClass().name + ": " + t.message?.take(80) }
try { __r << (new URI("https://x.example/a").getPort()) } catch (Throwable t) { __r << t.getClass().name + ": " + t.message?.take(80) }
try { __r << (new URI("https://x.example/a").host.split('\\.')) } catch (Throwable t) { __r << t.getClass().name + ": " + t.message?.take(80) }
try { __r << (new URI("https://x.example/a") as String) } catch (Throwable t) { __r << t.getClass().name + ": " + t.message?.take(80) }
try { __r << ("${new URI('http://a/b')}") } catch (Throwable t) { __r << t.getClass().name + ": " + t.message?.take(80) }
try { __r << (new URI("https://x.example/a").class.name) } catch (Throwable t) { __r << t.getClass().name + ": " + t.message?.take(80) }
try { __r << (new URI(null)) } catch (Throwable t) { __r << t.getClass().name + ": " + t.message?.take(80) }
__r
