def r; try { try { throw new RuntimeException('first') } finally { r = 'finally ran' } } catch (e) { r += ' / ' + e.message }; r
