package warta.core.batch.job;

import warta.core.error.InputException;

/** No job has the id asked for (or the id is not one a job could have). The server answers 404. */
public class UnknownJobException extends InputException {

    public UnknownJobException(String id) {
        super("no batch job " + id);
    }
}
