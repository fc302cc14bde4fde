<?php
echo json_encode(["ok" => true]);
