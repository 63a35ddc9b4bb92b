//! What Groovy and the JDK provide without declarations: auto-imported classes, script
//! builtins, and which Java packages the native runtime does not emulate.

/// Classes usable without an import in a Groovy script: `java.lang`, `java.util`,
/// `java.io`, `java.net`, `groovy.lang`, `groovy.util`, `java.math.BigDecimal` and
/// `BigInteger` (spec `groovy-subset.md` §9). The commonly used ones; a class missing here
/// is reported as unknown, so the list errs on the side of more.
pub(crate) const AUTO_IMPORTED: &[&str] = &[
    // java.lang
    "AbstractMethodError", "Appendable", "ArithmeticException",
    "ArrayIndexOutOfBoundsException", "ArrayStoreException", "AssertionError", "AutoCloseable",
    "Boolean", "Byte", "CharSequence", "Character", "Class", "ClassCastException",
    "ClassLoader", "ClassNotFoundException", "CloneNotSupportedException", "Cloneable",
    "Comparable", "Deprecated", "Double", "Enum", "Error", "Exception", "Float",
    "FunctionalInterface", "IllegalAccessException", "IllegalArgumentException",
    "IllegalMonitorStateException", "IllegalStateException", "IndexOutOfBoundsException",
    "InheritableThreadLocal", "InstantiationException", "Integer", "InterruptedException",
    "Iterable", "Long", "Math", "NegativeArraySizeException", "NoSuchFieldException",
    "NoSuchMethodException", "NullPointerException", "Number", "NumberFormatException",
    "Object", "OutOfMemoryError", "Override", "Package", "Process", "ProcessBuilder",
    "Readable", "ReflectiveOperationException", "Runnable", "Runtime", "RuntimeException",
    "SafeVarargs", "SecurityException", "Short", "StackOverflowError", "StrictMath", "String",
    "StringBuffer", "StringBuilder", "StringIndexOutOfBoundsException", "SuppressWarnings",
    "System", "Thread", "ThreadLocal", "Throwable", "TypeNotPresentException",
    "UnsupportedOperationException", "Void", "Record",
    // java.util
    "AbstractCollection", "AbstractList", "AbstractMap", "AbstractQueue", "AbstractSet",
    "ArrayDeque", "ArrayList", "Arrays", "Base64", "BitSet", "Calendar", "Collection",
    "Collections", "Comparator", "ConcurrentModificationException", "Currency", "Date",
    "Deque", "Dictionary", "EmptyStackException", "EnumMap", "EnumSet", "Enumeration",
    "EventListener", "EventObject", "Formatter", "GregorianCalendar", "HashMap", "HashSet",
    "Hashtable", "IdentityHashMap", "Iterator", "LinkedHashMap", "LinkedHashSet",
    "LinkedList", "List", "ListIterator", "Locale", "Map", "MissingResourceException",
    "NavigableMap", "NavigableSet", "NoSuchElementException", "Objects", "Observable",
    "Observer", "Optional", "OptionalDouble", "OptionalInt", "OptionalLong", "PriorityQueue",
    "Properties", "Queue", "Random", "RandomAccess", "ResourceBundle", "Scanner", "Set",
    "SimpleTimeZone", "SortedMap", "SortedSet", "Spliterator", "Stack", "StringJoiner",
    "StringTokenizer", "TimeZone", "Timer", "TimerTask", "TreeMap", "TreeSet", "UUID",
    "Vector", "WeakHashMap",
    // java.io
    "BufferedInputStream", "BufferedOutputStream", "BufferedReader", "BufferedWriter",
    "ByteArrayInputStream", "ByteArrayOutputStream", "CharArrayReader", "CharArrayWriter",
    "Closeable", "Console", "DataInputStream", "DataOutputStream", "EOFException",
    "Externalizable", "File", "FileFilter", "FileInputStream", "FileNotFoundException",
    "FileOutputStream", "FileReader", "FileWriter", "FilenameFilter", "Flushable",
    "IOException", "InputStream", "InputStreamReader", "ObjectInputStream",
    "ObjectOutputStream", "OutputStream", "OutputStreamWriter", "PrintStream", "PrintWriter",
    "RandomAccessFile", "Reader", "Serializable", "StringReader", "StringWriter",
    "UncheckedIOException", "UnsupportedEncodingException", "Writer",
    // java.net
    "HttpURLConnection", "InetAddress", "MalformedURLException", "Proxy", "ServerSocket",
    "Socket", "SocketTimeoutException", "URI", "URISyntaxException", "URL", "URLConnection",
    "URLDecoder", "URLEncoder", "UnknownHostException", "URLClassLoader",
    // groovy.lang
    "Binding", "Closure", "DelegatesTo", "EmptyRange", "ExpandoMetaClass", "GString",
    "GroovyClassLoader", "GroovyInterceptable", "GroovyObject", "GroovyObjectSupport",
    "GroovyRuntimeException", "GroovyShell", "Grab", "GrabConfig", "GrabExclude",
    "GrabResolver", "Grapes", "IntRange", "Interceptor", "Lazy", "MetaClass", "MetaMethod",
    "MetaProperty", "MissingMethodException", "MissingPropertyException", "Mixin", "Newify",
    "NumberRange", "ObjectRange", "Range", "Reference", "Script", "Sequence", "Singleton",
    "SpreadMap", "Tuple", "Tuple2", "Writable", "Category", "Delegate",
    // groovy.util
    "ConfigObject", "ConfigSlurper", "Eval", "Expando", "GroovyCollections", "IndentPrinter",
    "MapEntry", "Node", "NodeBuilder", "NodeList", "ObjectGraphBuilder", "ObservableList",
    "ObservableMap", "OrderBy", "XmlParser", "XmlSlurper", "BuilderSupport",
    // java.math
    "BigDecimal", "BigInteger",
];

/// Where common classes that need an import live, for the "add `import …`" hint.
pub(crate) const IMPORT_HINTS: &[(&str, &str)] = &[
    ("JsonOutput", "groovy.json.JsonOutput"),
    ("JsonSlurper", "groovy.json.JsonSlurper"),
    ("JsonBuilder", "groovy.json.JsonBuilder"),
    ("SimpleDateFormat", "java.text.SimpleDateFormat"),
    ("DateFormat", "java.text.DateFormat"),
    ("DecimalFormat", "java.text.DecimalFormat"),
    ("Timestamp", "java.sql.Timestamp"),
    ("Instant", "java.time.Instant"),
    ("LocalDate", "java.time.LocalDate"),
    ("LocalDateTime", "java.time.LocalDateTime"),
    ("ZonedDateTime", "java.time.ZonedDateTime"),
    ("ZoneId", "java.time.ZoneId"),
    ("Duration", "java.time.Duration"),
    ("DateTimeFormatter", "java.time.format.DateTimeFormatter"),
    ("ChronoUnit", "java.time.temporal.ChronoUnit"),
    ("RoundingMode", "java.math.RoundingMode"),
    ("Pattern", "java.util.regex.Pattern"),
    ("Matcher", "java.util.regex.Matcher"),
    ("Jsoup", "org.jsoup.Jsoup"),
    ("LoggerFactory", "org.slf4j.LoggerFactory"),
    ("Logger", "org.slf4j.Logger"),
    ("IssueTrackerException", "com.exalate.api.exception.IssueTrackerException"),
    ("ComponentAccessor", "com.atlassian.jira.component.ComponentAccessor"),
    ("TimeUnit", "java.util.concurrent.TimeUnit"),
    ("StandardCharsets", "java.nio.charset.StandardCharsets"),
];

/// Functions and names every Groovy script can use unqualified (methods of `Script` and
/// `DefaultGroovyMethods` on the script object, closure-implicit names).
pub(crate) const SCRIPT_BUILTINS: &[&str] = &[
    "println", "print", "printf", "sprintf", "sleep", "evaluate", "run", "with", "tap",
    "identity", "use", "getBinding", "setBinding", "getProperty", "setProperty",
    "invokeMethod", "getMetaClass", "setMetaClass", "getClass", "toString", "hashCode",
    "equals", "is", "inspect", "dump", "addShutdownHook", "iterator", "binding", "args",
    "owner", "delegate", "thisObject", "metaClass", "getOwner", "getDelegate",
    "getThisObject", "properties", "class",
];

/// Whether an imported or fully qualified class is something the native runtime does not
/// emulate (JVM internals, Jira's Java API, Exalate internals, Scala/Play interop, I/O and
/// networking), with a short reason.
pub(crate) fn unsupported_class(path: &str) -> Option<&'static str> {
    const ALLOWED: &[&str] = &[
        "com.exalate.api.exception.IssueTrackerException",
        "java.net.URLEncoder",
        "java.net.URLDecoder",
        "java.net.URI",
    ];
    if ALLOWED.contains(&path) {
        return None;
    }
    const DENIED: &[(&str, &str)] = &[
        ("com.atlassian.", "Jira's Java API exists only inside Jira Server/DC"),
        ("com.exalate.", "Exalate internals are not part of the script API"),
        ("jcloudnode.", "Exalate internals are not part of the script API"),
        ("services.", "Exalate internals are not part of the script API"),
        ("scala.", "Scala interop with Exalate's runtime is not available"),
        ("play.", "the Play framework of Exalate's node is not available"),
        ("akka.", "the Akka runtime of Exalate's node is not available"),
        ("java.io.", "file and stream I/O is not available to sync scripts"),
        ("java.net.", "networking is not available; use `httpClient`"),
        ("java.nio.", "file and channel I/O is not available to sync scripts"),
        ("java.lang.reflect.", "reflection is not available"),
        ("java.lang.invoke.", "reflection is not available"),
        ("java.lang.Runtime", "process control is not available"),
        ("java.lang.Thread", "threads are not available"),
        ("java.lang.ProcessBuilder", "processes are not available"),
        ("java.util.concurrent.", "threads and executors are not available"),
        ("javax.", "Java EE / JSR APIs are not available"),
        ("sun.", "JVM internals are not available"),
        ("jdk.", "JVM internals are not available"),
        ("org.apache.http", "networking is not available; use `httpClient`"),
        ("org.apache.commons.io", "file I/O is not available"),
        ("org.codehaus.groovy.runtime.", "Groovy runtime internals are not available"),
    ];
    DENIED
        .iter()
        .find(|(p, _)| path.starts_with(p))
        .map(|(_, why)| *why)
}
