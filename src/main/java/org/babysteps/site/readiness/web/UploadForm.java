package org.babysteps.site.readiness.web;

import org.springframework.web.multipart.MultipartFile;

/** An evidence file to upload for a criterion. */
public class UploadForm {

    private MultipartFile file;

    public MultipartFile getFile() {
        return file;
    }

    public void setFile(MultipartFile file) {
        this.file = file;
    }
}
