try {
    throw new Exception('with message')
} catch (Exception e) {
    [e.message, e.toString(), e.getMessage()]
}
